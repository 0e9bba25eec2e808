import { cString } from '../format';
import { snippetRequest } from '../request';
import { conditional, constantOf, ranged, snippetHeaders, snippetPayload } from '../rules';
import type { Generator } from '../types';
import type { CodeEntry } from '../../data/codes';

/**
 * 304, 206 and 416 through Results.Bytes with an entity tag and range processing: ASP.NET Core
 * evaluates If-None-Match, Range and If-Range itself (rules.ts: conditional(), ranged()).
 */
function validatorsOrRanges(entry: CodeEntry): string | undefined {
  const { path } = snippetRequest(entry);
  const plan304 = conditional(entry);
  if (plan304)
    return `using System.Text;
using Microsoft.Net.Http.Headers;

var builder = WebApplication.CreateBuilder(args);
var app = builder.Build();

app.MapGet(${cString(path)}, (HttpContext context) =>
{
${plan304.headers
  .slice(1)
  .map(([name, value]) => `    context.Response.Headers[${cString(name)}] = ${cString(value)};`)
  .join('\n')}
    // Compared with If-None-Match: a match is answered 304 Not Modified
    // (StatusCodes.Status304NotModified) with the headers and no body
    return Results.Bytes(Encoding.UTF8.GetBytes(${cString(plan304.body)}), ${cString(plan304.contentType)},
        entityTag: new EntityTagHeaderValue(${cString(plan304.etag)}));
});

app.Run();`;
  const plan = ranged(entry);
  if (!plan) return undefined;
  return `using System.Text;
${plan.etag ? 'using Microsoft.Net.Http.Headers;\n' : ''}
var builder = WebApplication.CreateBuilder(args);
var app = builder.Build();

// Stands in for the file this route serves: ${plan.size.toLocaleString('en-US')} bytes
var file = Encoding.UTF8.GetBytes(string.Concat(Enumerable.Repeat(${cString(plan.line)}, ${plan.copies}))[..${plan.size}]);

// Range${plan.etag ? ' and If-Range are' : ' is'} read for you: 206 Partial Content (StatusCodes.Status206PartialContent)
// with the range, 416 (Status416RangeNotSatisfiable) when it starts past the end, 200 without one
app.MapGet(${cString(path)}, () =>
    Results.Bytes(file, ${cString(plan.contentType)}, enableRangeProcessing: true${plan.etag ? `,\n        entityTag: new EntityTagHeaderValue(${cString(plan.etag)})` : ''}));

app.Run();`;
}

/** ASP.NET Core minimal API: headers on HttpContext.Response, then Results with the StatusCodes constant. */
export const aspnet: Generator = {
  id: 'aspnet',
  language: 'C#',
  framework: 'ASP.NET Core',
  lang: 'csharp',
  generate(entry) {
    if (entry.code < 200) return undefined;
    const special = validatorsOrRanges(entry);
    if (special) return special;
    const status = constantOf(entry, 'aspnetcore') ?? String(entry.code);
    const headers = snippetHeaders(entry).map(([name, value]) => `    context.Response.Headers[${cString(name)}] = ${cString(value)};`);
    const request = snippetRequest(entry);
    const payload = snippetPayload(entry);
    const result =
      payload.kind === 'json'
        ? `Results.Json(\n        new { ${payload.fields.map(([key, value]) => `${key} = ${cString(value)}`).join(', ')} },\n        statusCode: ${status})`
        : payload.kind === 'text'
          ? `Results.Text(${cString(payload.text)}, "text/plain", statusCode: ${status})`
          : `Results.StatusCode(${status})`;
    const shorthand: Record<string, string> = { GET: 'MapGet', POST: 'MapPost', PUT: 'MapPut', PATCH: 'MapPatch', DELETE: 'MapDelete' };
    const map = shorthand[request.method]
      ? `app.${shorthand[request.method]}(${cString(request.path)}, (HttpContext context) =>`
      : `app.MapMethods(${cString(request.path)}, new[] { ${cString(request.method)} }, (HttpContext context) =>`;
    return `var builder = WebApplication.CreateBuilder(args);
var app = builder.Build();

${map}
{
${[...headers, `    return ${result};`].join('\n')}
});

app.Run();`;
  },
};
