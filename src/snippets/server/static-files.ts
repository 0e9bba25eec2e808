import type { CodeEntry } from '../../data/codes';
import { snippetRequest } from '../request';
import { conditional, ranged } from '../rules';

/**
 * nginx and Apache answer 304, 206 and 416 by themselves for the files they serve: nothing in
 * their configuration produces these codes, so their recipe serves the file and says what the
 * server does. Their entity tags are their own (from the file's modification time and size),
 * not the example's.
 */
export function staticFileNote(entry: CodeEntry, server: 'nginx' | 'Apache'): { path: string; note: string; fields: [string, string][] } | undefined {
  const { path } = snippetRequest(entry);
  const current = conditional(entry);
  if (current) {
    // The example's other fields (its Cache-Control): RFC 9110 section 15.4.5 has a 304 carry
    // them, so the 200 for the same file sends them, and the server's 304 repeats them.
    const fields = current.headers.filter(([name]) => !/^(etag|last-modified)$/i.test(name));
    const names = fields.map(([name]) => name).join(' and ');
    return {
      path,
      fields,
      note: `# ${server} answers 304 Not Modified by itself for the files it serves: it sends an ETag and
# a Last-Modified made from the file's modification time and size, and answers 304 when
# If-None-Match (or If-Modified-Since) matches them. ${
        fields.length > 0
          ? `Serve the file with the ${names} its
# 200 carries${server === 'Apache' ? ' (mod_headers)' : ''}: the 304 repeats ${fields.length > 1 ? 'them' : 'it'}.`
          : 'Nothing to configure: serve the file.'
      }`,
    };
  }
  if (ranged(entry))
    return {
      path,
      fields: [],
      note: `# ${server} serves byte ranges of the files it serves by itself: 206 Partial Content for a
# Range it can satisfy (If-Range compared with its own ETag or Last-Modified), 416 Range
# Not Satisfiable for one that starts past the end${
        server === 'Apache'
          ? `, though without the
# "Content-Range: bytes */length" that RFC 9110 section 15.5.17 asks a 416 to carry.
# Nothing to configure: serve the file.`
          : '. Nothing to configure: serve the file.'
      }`,
    };
  return undefined;
}
