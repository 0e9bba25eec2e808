import { defineComparison } from '@/data/define-comparison';

export default defineComparison({
  a: '401',
  b: '440',
  theme: 'auth',
  summary:
    '401 is the registered credential challenge with WWW-Authenticate; 440 is Microsoft Exchange\'s unregistered "Login Timeout" for an Outlook on the web session that has ended.',
  answer:
    'For anything you build, the answer is 401: it is registered, every HTTP client understands it, and its mandatory WWW-Authenticate challenge tells the client how to authenticate. 440 Login Timeout is a code to recognise, not to adopt. Exchange\'s forms-based authentication for Outlook on the web (OWA) on IIS returns it when the session cookie is missing, expired or refused, and because it carries no challenge only a browser that goes back to the sign-in page can recover; other clients see an unknown 4xx and handle it like 400. When you meet a 440, read it as "sign in again through the form", not "wrong password", and if it appears right after a successful sign-in, suspect the server\'s IIS authentication settings rather than the user.',
  useA: [
    'A web API hosted on IIS receives a request whose JWT has expired: 401 with a Bearer challenge carrying error="invalid_token", so the client can refresh the token and try again by itself.',
    'A single-page app\'s background fetch() finds that the user\'s session has ended: 401 with a challenge naming the scheme your front end understands lets it show the sign-in screen, while full page loads can simply be redirected to the login page.',
    'An Exchange Web Services client connects without credentials: Exchange answers with a standard 401 and challenges such as Negotiate or NTLM, which HTTP libraries know how to satisfy.',
  ],
  useB: [
    'An Outlook on the web tab left open over lunch sends its next request with a dead forms-based session cookie: Exchange answers 440, and the right reaction is to send the user back to the OWA sign-in page.',
    'A monitoring probe fetches an /owa/ page without going through the sign-in form: the 440 shows the probe needs to complete the form login, or to watch an endpoint that uses standard authentication instead.',
    'A user sees 440 immediately after signing in with the correct password: per Microsoft\'s troubleshooting article for the 440 error in Exchange 2007, that points to IIS or OWA virtual-directory authentication settings, a job for the Exchange administrators.',
  ],
  mistakes: [
    'Copying 440 into your own application for expired sessions. Outside Exchange nothing knows it: HTTP libraries reduce it to a generic 400, API clients have no challenge telling them how to sign in again, and dashboards file it with validation errors.',
    'Treating a 440 like a 401 and replaying the request with an Authorization header. There is no challenge to answer, and a forms-based endpoint expects a new session from its sign-in page, so scripts that retry this way loop on 440.',
    'Reading 440 as a wrong password and resetting the user\'s credentials. The code says the session is gone or unusable; when it appears straight after sign-in, the cause is server configuration, and a password reset only adds confusion.',
  ],
  faq: [
    {
      question: 'Is 440 part of the HTTP standard at all?',
      answer:
        'No. IANA does not register it and Microsoft publishes no formal definition; it is known from Exchange troubleshooting articles about the "440 Login Timeout" message in Outlook Web Access. RFC 9110 tells clients to treat an unrecognised status like the x00 code of its class, so generic software handles 440 as 400 Bad Request.',
    },
    {
      question: 'A script that reads mail from Exchange keeps getting 440. What should it do instead?',
      answer:
        'Stop scraping Outlook on the web, which is built for browsers with forms-based sign-in. Use an endpoint designed for programs, such as Exchange Web Services or ActiveSync on premises, which answer with standard 401 challenges that HTTP client libraries can satisfy.',
    },
  ],
});
