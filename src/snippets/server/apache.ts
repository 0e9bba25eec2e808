import type { Generator } from '../types';

/** Apache httpd 2.4 configuration for the codes commonly produced in the server's own config. Keyed by slug. */
const recipes: Record<string, string> = {
  '301': `# mod_alias: "permanent" sends 301
Redirect permanent /old-page https://www.example.com/new-page`,
  '302': `# mod_alias: "temp" sends 302
Redirect temp /sale https://www.example.com/winter-sale`,
  '303': `# mod_alias: "seeother" sends 303
Redirect seeother /orders/submitted https://www.example.com/orders/latest`,
  '307': `# mod_alias: the method and body are kept
Redirect 307 /api/v1 https://www.example.com/api/v2`,
  '308': `# mod_alias: permanent, and the method and body are kept
Redirect 308 /api/v1 https://www.example.com/api/v2`,
  '401': `# Apache answers 401 with WWW-Authenticate: Basic realm="Admin area"
<Directory "/var/www/admin">
    AuthType Basic
    AuthName "Admin area"
    AuthUserFile "/etc/apache2/.htpasswd"
    Require valid-user
</Directory>`,
  '403': `# Every client gets 403 Forbidden
<Directory "/var/www/private">
    Require all denied
</Directory>`,
  '404': `# Hide version-control folders as if they did not exist (mod_alias)
RedirectMatch 404 /\\.git`,
  '410': `# mod_alias: "gone" sends 410
Redirect gone /discontinued-product`,
  '503': `# Maintenance mode with mod_rewrite: create /var/www/maintenance.on to switch it on
RewriteEngine On
RewriteCond /var/www/maintenance.on -f
RewriteCond %{REQUEST_URI} !=/maintenance.html
RewriteRule ^ - [R=503,L]
ErrorDocument 503 /maintenance.html
Header always set Retry-After "600" "expr=%{REQUEST_STATUS} == 503"`,
};

export const apache: Generator = {
  id: 'apache',
  language: 'Config',
  framework: 'Apache',
  lang: 'apache',
  generate: (entry) => recipes[entry.slug],
};
