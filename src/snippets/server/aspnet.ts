import { cString } from '../format';
import { snippetRequest } from '../request';
import { constantOf, snippetHeaders, snippetPayload } from '../rules';
import type { Generator } from '../types';

/** ASP.NET Core minimal API: headers on HttpContext.Response, then Results with the StatusCodes constant. */
export const aspnet: Generator = {
  id: 'aspnet',
  language: 'C#',
  framework: 'ASP.NET Core',
  lang: 'csharp',
  generate(entry) {
    if (entry.code < 200) return undefined;
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
