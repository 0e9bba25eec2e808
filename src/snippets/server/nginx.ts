import { isRedirect } from '../../lib/redirects';
import type { CodeEntry } from '../../data/codes';
import { snippetRequest } from '../request';
import { singleQuote, snippetHeaders } from '../rules';
import type { Generator } from '../types';
import { staticFileNote } from './static-files';

/**
 * nginx configuration, for the codes people produce or handle in nginx itself rather than in
 * application code: nginx's own codes here, keyed by slug.
 */
const recipes: Record<string, string> = {
  '444': `# Drop requests for unknown host names without sending anything back
server {
    listen      80 default_server;
    server_name _;
    return      444;
}`,
  '494': `# Raise the limit on request header size (the default is 4 buffers of 8k)
http {
    large_client_header_buffers 4 16k;
}`,
  '495': `# Let an invalid client certificate reach a friendly page instead of the bare 400
server {
    ssl_client_certificate /etc/nginx/client-ca.pem;
    ssl_verify_client      on;
    error_page 495 /certificate-error.html;
}`,
  '496': `# Ask for a client certificate but decide what to do when none is sent
server {
    ssl_client_certificate /etc/nginx/client-ca.pem;
    ssl_verify_client      on;
    error_page 496 /certificate-required.html;
}`,
  '497': `# Plain HTTP sent to the HTTPS port: redirect to the HTTPS URL instead of answering 400
server {
    listen 443 ssl;
    error_page 497 =301 https://$host:$server_port$request_uri;
}`,
  '499': `# Keep talking to the upstream even when the client hangs up (the request is still logged as 499)
location /api/ {
    proxy_pass                 http://backend;
    proxy_ignore_client_abort  on;
}`,
};

/** Recipes for codes an application also sends, on the code's own request path (see request.ts). */
function onRequestPath(entry: CodeEntry): string | undefined {
  const { method, path } = snippetRequest(entry);
  const header = (name: string) => snippetHeaders(entry).find(([key]) => key.toLowerCase() === name)?.[1];
  const location = header('location');
  if (isRedirect(entry.code) && location) {
    const relative = location.startsWith('/');
    return `# ${entry.code} ${entry.name}: ${method} ${path} -> ${location}
location = ${path} {${relative ? '\n    absolute_redirect off;  # send Location as written, not as an absolute URL' : ''}
    return ${entry.code} ${location};
}`;
  }
  const file = staticFileNote(entry, 'nginx');
  if (file)
    return `${file.note}
location = ${file.path} {
    root /var/www;  # the file is /var/www${file.path}${file.fields.map(([name, value]) => `\n    add_header ${name} ${JSON.stringify(value)};`).join('')}
}`;
  switch (entry.code) {
    case 401:
      return `# nginx answers 401 with WWW-Authenticate: Basic realm="api"
location ${path} {
    auth_basic           "api";
    auth_basic_user_file /etc/nginx/.htpasswd;
    proxy_pass           http://127.0.0.1:3000;  # your application
}`;
    case 403:
      return `# Every method but GET (and HEAD) gets 403 Forbidden
location = ${path} {
    limit_except GET {
        deny all;
    }
    proxy_pass http://127.0.0.1:3000;  # your application
}`;
    case 404:
      return `# Answer 404 for a path even when a file or route exists there
location = ${path} {
    return 404;
}`;
    case 410:
      return `# Gone for good: 410 tells clients and search engines to forget the URL
location = ${path} {
    return 410;
}`;
    case 429:
      return `# 10 requests a second per client address, bursts of 20; nginx's default rejection status is 503
limit_req_zone $binary_remote_addr zone=api:10m rate=10r/s;

server {
    listen 80;

    location ${path} {
        limit_req        zone=api burst=20 nodelay;
        limit_req_status 429;
        error_page       429 @too_many_requests;
        proxy_pass       http://127.0.0.1:3000;  # your application
    }

    # limit_req sends no Retry-After: add one. At 10 r/s a request is allowed again within 1 s.
    location @too_many_requests {
        default_type application/json;
        add_header   Retry-After 1 always;
        return       429 '{"error":"Too Many Requests","message":"Slow down and retry after the Retry-After delay."}';
    }
}`;
    case 451: {
      const link = header('link');
      return `location = ${path} {${link ? `\n    add_header Link ${singleQuote(link)} always;` : ''}
    return 451;
}`;
    }
    case 503:
      return `# Maintenance mode: create /var/www/maintenance.on to switch it on
server {
    listen 80;

    location / {
        if (-f /var/www/maintenance.on) {
            return 503;
        }
        proxy_pass http://127.0.0.1:3000;  # your application
    }

    error_page 503 @maintenance;
    location @maintenance {
        default_type text/html;
        add_header   Retry-After ${header('retry-after') ?? '1800'} always;
        return       503 '<!doctype html><title>Back soon</title><p>Down for maintenance; back within the hour.</p>';
    }
}`;
  }
  return undefined;
}

export const nginx: Generator = {
  id: 'nginx',
  language: 'Config',
  framework: 'nginx',
  lang: 'nginx',
  generate: (entry) => recipes[entry.slug] ?? onRequestPath(entry),
};
