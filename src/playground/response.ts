/** How the playground shows a fetch() response: as raw HTTP text, with a note where fetch hides something. */

export interface ShownResponse {
  raw: string;
  note?: string;
}

/** The fields fetch() exposes, sorted as a browser's devtools would list them, then the body. */
export function describeResponse(response: Pick<Response, 'status' | 'statusText' | 'headers' | 'redirected' | 'url'>, body: string, path: string): ShownResponse {
  const fields = [...response.headers].map(([name, value]) => `${name}: ${value}`).join('\n');
  const raw = `HTTP/1.1 ${response.status} ${response.statusText}\n${fields}\n\n${body}`;
  if (response.redirected)
    return {
      raw,
      note: `fetch() followed the redirect from ${path} to ${new URL(response.url).pathname}${new URL(response.url).search}, so this is the final response; scripts never see the 3xx itself. Copy the curl command to see it.`,
    };
  return { raw };
}
