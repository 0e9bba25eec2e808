import type { CodeEntry } from '../../data/codes';
import { snippetRequest } from '../request';
import { snippetHeaders } from '../rules';
import type { Generator } from '../types';
import { staticFileNote } from './static-files';

const redirects: Record<number, string> = { 301: 'permanent', 302: 'temp', 303: 'seeother', 307: '307', 308: '308' };

/**
 * Apache httpd 2.4 configuration (virtual host context) for the codes commonly produced in the
 * server's own config, on the code's own request path.
 */
function recipe(entry: CodeEntry): string | undefined {
  const { method, path } = snippetRequest(entry);
  const header = (name: string) => snippetHeaders(entry).find(([key]) => key.toLowerCase() === name)?.[1];
  const location = header('location');
  const quoted = `"${path}"`;
  if (redirects[entry.code] && location)
    return `# mod_alias: ${entry.code} ${entry.name} for ${method} ${path}${entry.code >= 307 ? ' (the method and body are kept)' : ''}
# (a Location starting with / is sent as an absolute URL on this host)
Redirect ${redirects[entry.code]} ${path} ${location}`;
  const file = staticFileNote(entry, 'Apache');
  if (file)
    return `${file.note}
# The file is /var/www${file.path}.
DocumentRoot "/var/www"${
      file.fields.length > 0
        ? `\n<Location ${quoted}>\n${file.fields.map(([name, value]) => `    Header set ${name} ${JSON.stringify(value)}`).join('\n')}\n</Location>`
        : ''
    }`;
  switch (entry.code) {
    case 401:
      return `# Apache answers 401 with WWW-Authenticate: Basic realm="api"
<Location ${quoted}>
    AuthType Basic
    AuthName "api"
    AuthUserFile "/etc/apache2/.htpasswd"
    Require valid-user
</Location>`;
    case 403:
      return `# Every method but GET (and HEAD) gets 403 Forbidden
<Location ${quoted}>
    <LimitExcept GET>
        Require all denied
    </LimitExcept>
</Location>`;
    case 404:
      return `# mod_alias: answer 404 for a path even when a file exists there
Redirect 404 ${path}`;
    case 410:
      return `# mod_alias: "gone" sends 410
Redirect gone ${path}`;
    case 503:
      return `# Maintenance mode with mod_rewrite: create /var/www/maintenance.on to switch it on
RewriteEngine On
RewriteCond /var/www/maintenance.on -f
RewriteRule ^ - [R=503,L]
ErrorDocument 503 "Down for maintenance; back within the hour."
Header always set Retry-After "${header('retry-after') ?? '1800'}" "expr=%{REQUEST_STATUS} == 503"`;
  }
  return undefined;
}

export const apache: Generator = {
  id: 'apache',
  language: 'Config',
  framework: 'Apache',
  lang: 'apache',
  generate: recipe,
};
