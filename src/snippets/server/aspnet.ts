import { cString } from '../format';
import { constantOf, errorBody, sendsBody, snippetHeaders } from '../rules';
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
    const { error, message } = errorBody(entry);
    const result = sendsBody(entry)
      ? `Results.Json(\n        new { error = ${cString(error)}, message = ${cString(message)} },\n        statusCode: ${status})`
      : `Results.StatusCode(${status})`;
    return `var builder = WebApplication.CreateBuilder(args);
var app = builder.Build();

app.MapGet("/example", (HttpContext context) =>
{
${[...headers, `    return ${result};`].join('\n')}
});

app.Run();`;
  },
};
