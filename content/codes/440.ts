import { defineCode } from '@/data/define-code';

export default defineCode({
  code: 440,
  slug: '440',
  name: 'Login Time-out',
  aliases: [
    {
      name: 'Login Timeout',
      note: "Spelling in Microsoft Exchange / Outlook Web Access error messages and Microsoft's troubleshooting articles",
    },
  ],
  emoji: '⏲️',
  category: 'microsoft-iis',
  standing: 'unofficial',
  vendor: { name: 'Microsoft', product: 'IIS / Exchange Outlook Web Access' },
  reference: {
    label: 'Microsoft TechNet (Exchange 2007): How to Troubleshoot the 440 Login Timeout Error Message in Outlook Web Access',
    url: 'https://technet.microsoft.com/en-us/library/dd789741(v=EXCHG.80).aspx',
  },
  caveat:
    'Microsoft never registered 440 with IANA and publishes no formal definition of it; what exists are Exchange troubleshooting articles about the "440 Login Timeout" message in Outlook Web Access. The hyphenated "Login Time-out" comes from community lists of IIS codes, while Microsoft\'s own messages write "Login Timeout". The same articles show that 440 also follows permission and authentication faults on the server, not only genuine session timeouts.',
  summary:
    'Microsoft IIS / Exchange code: your web session (usually Outlook Web Access) is no longer valid, so you must sign in again.',
  gist: 'Microsoft OWA: session expired, sign in again',
  explanation: [
    'Your sign-in has gone stale. The server, almost always a Microsoft Exchange server running Outlook on the web (formerly Outlook Web Access) on IIS, no longer accepts the session your browser presented and wants you to log in again.',
    'Usually the tab simply sat open until the session expired, or the server was restarted or reconfigured while you were away.',
    'If the message appears the moment you log in, the session cannot be the culprit: that points to a server configuration problem that only its administrators can fix.',
  ],
  definition:
    "440 is a Microsoft extension, outside the IANA registry, returned by Exchange's forms-based authentication for Outlook Web Access when a request arrives without a valid sign-in session: the session cookie is missing, expired or rejected. It plays roughly the part that 401 Unauthorized plays in standard HTTP, but it carries no WWW-Authenticate challenge; the client is expected to send the user back to the sign-in form. A 440 does not say the password was wrong, and Microsoft's troubleshooting articles show it can also be caused by IIS permission and authentication settings on the server. Clients that do not know the code treat it as 400.",
  causes: [
    'The forms-based authentication session of Outlook Web Access expired after a period of inactivity',
    'The session cookie was deleted, blocked by browser privacy settings, or not sent because the host name or path changed',
    'A script or non-browser tool (a WebDAV or EWS client) reached a path protected by forms-based authentication and got the login timeout instead of an authentication challenge',
    'Permission or authentication settings in IIS or the IIS metabase of the Exchange server are wrong, so even a fresh sign-in fails (the cases Microsoft lists for Exchange 2007)',
    'The Outlook Web Access virtual directories were damaged or changed, for example by an update or a manual edit, leaving their authentication settings inconsistent',
  ],
  fix: {
    visitor: [
      'Copy any unsent text somewhere safe, then reload the page and sign in again.',
      'Allow cookies for the mail site, and close other tabs that may be signed in with a different account.',
      'If every fresh login ends in the same error, report it to your IT helpdesk: the fault is on the server.',
    ],
    owner: [
      'Follow Microsoft\'s 440 troubleshooting steps: check IIS and metabase permissions and authentication, and re-create the Outlook Web Access virtual directories if they are damaged.',
      'Compare the authentication settings of the OWA virtual directory (Get-OwaVirtualDirectory) with a known-good server before and after updates.',
      'Point scripts and non-browser tools at endpoints that use Basic, NTLM or OAuth instead of forms-based authentication, or have them complete the form login first.',
      'If users are signed out too soon, review the session time-out configured for forms-based authentication.',
    ],
  },
  headers: [],
  behaviour: {
    cacheable: {
      value: 'explicit',
      note: 'No caching rules exist for 440; a cache could keep it only with explicit freshness, which a login error should never be given.',
    },
    body: { value: 'allowed', note: 'Usually a short HTML page asking the user to sign in again.' },
    retry: {
      value: 'after-change',
      note: 'Sign in again first; the same request with the same dead session gets the same answer.',
    },
    seen: { value: 'wire', note: 'Sent by Exchange servers running Outlook on the web on IIS; browsers show it as a plain error page.' },
  },
  example: {
    request: {
      method: 'GET',
      target: '/owa/',
      headers: [
        ['Host', 'mail.example.com'],
        ['Accept', 'text/html'],
        ['Cookie', 'sessionid=4f1c2e9a-expired'],
      ],
    },
    response: {
      headers: [
        ['Content-Type', 'text/html; charset=utf-8'],
        ['Content-Length', '101'],
        ['Cache-Control', 'no-cache, no-store'],
      ],
      body: '<!doctype html>\n<title>440 Login Timeout</title>\n<p>Your session has ended. Please sign in again.</p>',
    },
    note: 'A request to Outlook on the web whose forms-based session has expired.',
  },
  faq: [
    {
      question: 'What is the difference between 440 and 401?',
      answer:
        "401 is the standard way to ask for credentials, and it must carry a WWW-Authenticate challenge that clients know how to answer. 440 is Microsoft's own number for \"your session has ended\", used by Exchange's forms-based login, and generic HTTP clients have no idea what to do with it. Browsers just show the page; scripts usually treat it as an unknown 4xx error.",
    },
    {
      question: 'Why do I get 440 Login Timeout right after logging in to Outlook on the web?',
      answer:
        'If the error appears immediately, the session had no time to expire, so the cause is almost certainly on the server. Microsoft\'s Exchange troubleshooting guidance points to permission or authentication problems in IIS and in the Outlook Web Access virtual directories. Only the Exchange administrators can correct those; clearing your cookies helps only when a stale cookie is involved.',
    },
    {
      question: 'Does a 440 mean my password is wrong?',
      answer:
        'No. It means the session the server expected is missing or no longer valid, not that your credentials failed; a wrong password normally produces a message on the sign-in form itself. Sign in again, and if the error returns with correct credentials, tell your administrator.',
    },
    {
      question: 'Should my own web application return 440 when a session expires?',
      answer:
        'Better not. 440 is unregistered, most clients and monitoring tools treat it as an anonymous 4xx, and it gives the client no standard way to sign in again. Return 401 with a WWW-Authenticate challenge from an API, or redirect browsers to your login page.',
    },
  ],
  related: ['401', '419', '403', '408'],
});
