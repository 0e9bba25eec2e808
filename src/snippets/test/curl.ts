import { shellWord } from '../format';
import { exampleUrl } from '../client/strategy';
import type { Generator } from '../types';

/** curl reproducing the example request, printing the status line and headers (-i, or -v for interim responses). */
export const curl: Generator = {
  id: 'curl',
  language: 'Shell',
  framework: 'curl',
  lang: 'sh',
  generate(entry) {
    const { request } = entry.example;
    const args: string[] = [];
    // Interim 1xx responses are only printed in verbose mode; -i shows just the final one.
    if (entry.code < 200) args.push('-v');
    else if (request.method === 'HEAD') args.push('-I');
    else args.push('-i');
    if (request.method !== 'GET' && request.method !== 'HEAD') args.push(`-X ${request.method}`);
    for (const [name, value] of request.headers) {
      if (['host', 'content-length', 'user-agent', 'connection'].includes(name.toLowerCase())) continue;
      args.push(`-H ${shellWord(`${name}: ${value}`)}`);
    }
    if (request.body !== undefined) args.push(`--data-binary ${shellWord(request.body)}`);
    args.push(shellWord(exampleUrl(entry)));
    const command = `curl ${args.join(' \\\n  ')}`;
    const only = entry.code < 200 ? '' : `\n\n# Just the status code\ncurl -s -o /dev/null -w '%{http_code}\\n' ${shellWord(exampleUrl(entry))}`;
    return `${command}${only}`;
  },
};
