import { shellWord } from '../format';
import type { CodeEntry } from '../../data/codes';
import { longList, requestUrl, snippetRequest } from '../request';
import type { Generator } from '../types';

/**
 * The URL as a shell word. A target whose example elides a long list (414) gets the list built
 * by the shell: numbers from seq, comma-separated, as many characters as the example left out.
 */
function urlWord(entry: CodeEntry): string {
  const list = longList(entry);
  if (!list) return shellWord(requestUrl(entry));
  return `"${list.prefix}$(seq -s, ${list.first} ${list.first + list.count - 1})"`;
}

/**
 * curl sending the code's request (the one its server snippets route), printing the status
 * line and headers (-i, interim heads included); then, for a final code, the same request
 * printing only the status code.
 */
export const curl: Generator = {
  id: 'curl',
  language: 'Shell',
  framework: 'curl',
  lang: 'sh',
  generate(entry) {
    const request = snippetRequest(entry);
    const args: string[] = [];
    if (request.method === 'HEAD') args.push('-I');
    // curl infers POST from --data-binary.
    else if (request.method !== 'GET' && !(request.method === 'POST' && request.body !== undefined)) args.push(`-X ${request.method}`);
    for (const [name, value] of request.headers) args.push(`-H ${shellWord(`${name}: ${value}`)}`);
    if (request.body !== undefined) args.push(`--data-binary ${shellWord(request.body)}`);
    // 100: an upload that waits for 100 Continue needs a body to hold back, the file named in the
    // path. (417's request stays without one: the server refuses the expectation before any body.)
    const upload = entry.code === 100 && request.body === undefined && request.headers.some(([name, value]) => name.toLowerCase() === 'expect' && /100-continue/i.test(value));
    const file = request.path.split('/').pop() || 'upload.bin';
    if (upload) args.push(`--data-binary ${shellWord(`@${file}`)}`);
    args.push(urlWord(entry));
    // -i prints every response head, the interim (1xx) ones before the final one.
    const show = request.method === 'HEAD' ? '' : '-i';
    const full = `curl ${[show, ...args].filter(Boolean).join(' \\\n  ')}`;
    // The status-only command prints the final code, never an interim one, so 1xx has none.
    const note = upload ? `# ${file}: the file to upload, in the current folder\n` : '';
    if (entry.code < 200) return `${note}${full}`;
    const quiet = `curl -s -o /dev/null -w '%{http_code}\\n' ${args.join(' \\\n  ')}`;
    return `${note}${full}\n\n# Just the status code, for the same request\n${quiet}`;
  },
};
