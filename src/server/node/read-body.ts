import type { IncomingMessage } from 'node:http';

/** Reads and discards request content up to `limit` bytes; resolves false as soon as there is more. */
export function readBody(request: IncomingMessage, limit: number): Promise<boolean> {
  // No Content-Length and no Transfer-Encoding: no content (RFC 9112 §6.3), nothing to wait for.
  if (request.headers['content-length'] === undefined && request.headers['transfer-encoding'] === undefined) return Promise.resolve(true);
  return new Promise((resolve, reject) => {
    let seen = 0;
    request.on('data', (chunk: Buffer) => {
      seen += chunk.byteLength;
      if (seen > limit) {
        request.pause();
        resolve(false);
      }
    });
    request.on('end', () => resolve(true));
    request.on('error', reject);
  });
}
