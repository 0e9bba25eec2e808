import type { CodeEntry } from '../../data/codes';
import { snippetRequest } from '../request';
import { conditional, ranged } from '../rules';

/**
 * nginx and Apache answer 304, 206 and 416 by themselves for the files they serve: nothing in
 * their configuration produces these codes, so their recipe serves the file and says what the
 * server does. Their entity tags are their own (from the file's modification time and size),
 * not the example's.
 */
export function staticFileNote(entry: CodeEntry, server: 'nginx' | 'Apache'): { path: string; note: string } | undefined {
  const { path } = snippetRequest(entry);
  if (conditional(entry))
    return {
      path,
      note: `# ${server} answers 304 Not Modified by itself for the files it serves: it sends an ETag and
# a Last-Modified made from the file's modification time and size, and answers 304 when
# If-None-Match (or If-Modified-Since) matches them. Nothing to configure: serve the file.`,
    };
  if (ranged(entry))
    return {
      path,
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
