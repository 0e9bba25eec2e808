import type { Generator } from '../types';

/**
 * nginx configuration, for the codes people produce or handle in nginx itself rather than in
 * application code. Keyed by slug; other codes have no nginx snippet.
 */
const recipes: Record<string, string> = {
  '301': `# Permanent move: old URL to new, keeping the scheme and host
location = /old-page {
    return 301 https://$host/new-page;
}`,
  '302': `location = /sale {
    return 302 https://$host/winter-sale;
}`,
  '303': `# After a POST to /orders, send the browser to the order page with a GET
location = /orders/submitted {
    return 303 https://$host/orders/latest;
}`,
  '307': `# Temporary move that keeps the method and body (a POST stays a POST)
location /api/v1/ {
    return 307 https://$host/api/v2$request_uri;
}`,
  '308': `# Permanent move that keeps the method and body
server {
    listen 80;
    server_name example.com;
    return 308 https://example.com$request_uri;
}`,
  '401': `# nginx answers 401 with WWW-Authenticate: Basic realm="Admin area"
location /admin/ {
    auth_basic           "Admin area";
    auth_basic_user_file /etc/nginx/.htpasswd;
}`,
  '403': `location /private/ {
    deny all;   # every client gets 403 Forbidden
}`,
  '404': `# Hide version-control folders as if they did not exist
location ~ /\\.git {
    return 404;
}`,
  '410': `location = /discontinued-product {
    return 410;
}`,
  '429': `# 10 requests a second per client address, bursts of 20; nginx's default rejection status is 503
limit_req_zone $binary_remote_addr zone=api:10m rate=10r/s;

server {
    location /api/ {
        limit_req        zone=api burst=20 nodelay;
        limit_req_status 429;
    }
}`,
  '444': `# Drop requests for unknown host names without sending anything back
server {
    listen      80 default_server;
    server_name _;
    return      444;
}`,
  '451': `location = /blocked-article {
    add_header Link '<https://example.com/legal/takedown-2026-11>; rel="blocked-by"' always;
    return 451;
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
  '503': `# Maintenance mode: create /var/www/maintenance.on to switch it on
server {
    error_page 503 /maintenance.html;

    location = /maintenance.html {
        root       /var/www/errors;
        add_header Retry-After 600 always;
        internal;
    }

    location / {
        if (-f /var/www/maintenance.on) {
            return 503;
        }
        proxy_pass http://backend;
    }
}`,
};

export const nginx: Generator = {
  id: 'nginx',
  language: 'Config',
  framework: 'nginx',
  lang: 'nginx',
  generate: (entry) => recipes[entry.slug],
};
