import type { APIRoute } from 'astro';
import { SITE } from '../consts';

/** OpenSearch description, so browsers can add the site as a search engine (https://github.com/dewitt/opensearch). */
export const GET: APIRoute = ({ site }) => {
  const base = new URL('/', site).href;
  const body = `<?xml version="1.0" encoding="UTF-8"?>
<OpenSearchDescription xmlns="http://a9.com/-/spec/opensearch/1.1/">
  <ShortName>${SITE.name}</ShortName>
  <Description>Search HTTP status codes on ${SITE.name}</Description>
  <InputEncoding>UTF-8</InputEncoding>
  <Image width="64" height="64" type="image/svg+xml">${base}favicon.svg</Image>
  <Url type="text/html" method="get" template="${base}search/?q={searchTerms}"/>
</OpenSearchDescription>
`;
  return new Response(body, { headers: { 'Content-Type': 'application/opensearchdescription+xml' } });
};
