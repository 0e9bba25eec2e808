import { rubyString } from '../format';
import { snippetRequest } from '../request';
import { conditional, ranged, snippetHeaders, snippetPayload } from '../rules';
import type { Generator } from '../types';
import type { CodeEntry } from '../../data/codes';
import { constantsFor } from '../../data/constants';
import { earlyHintLinks, standInPage } from './interim';

/**
 * The Rack symbol every supported Rack takes, else undefined (the snippet then uses the number).
 * A note on the table's first name marks one that depends on the version: 413 and 422 were
 * renamed in Rack 3.1 (:content_too_large and :unprocessable_content raise ArgumentError in Rack
 * 2.2 and 3.0; Rails 6.1 and 7.0 require Rack 2, and Rails 7.1 to 8.1 accept 2.2.4 on), and 509
 * and 510 left the table in Rack 3.1 (their names still work there, with a deprecation warning
 * from Rack::Utils.status_code).
 */
function rackSymbol(entry: CodeEntry): string | undefined {
  const name = constantsFor(entry).find((row) => row.library.id === 'rack')?.names[0];
  return name && !name.note ? name.id : undefined;
}

/**
 * The methods Rails routes (ActionDispatch::Request::HTTP_METHODS, the same list from Rails 6.1 to
 * 8.1). Rails answers any other method, QUERY among them, with 405 before a route is matched.
 */
const railsMethods = new Set(
  'OPTIONS GET HEAD POST PUT DELETE TRACE CONNECT PROPFIND PROPPATCH MKCOL COPY MOVE LOCK UNLOCK VERSION-CONTROL REPORT CHECKOUT CHECKIN UNCHECKOUT MKWORKSPACE UPDATE LABEL MERGE BASELINE-CONTROL MKACTIVITY ORDERPATCH ACL SEARCH MKCALENDAR PATCH'.split(' '),
);

const controller = (route: string, lines: string[], consts: string[] = []) => `# config/routes.rb: ${route}

class ExampleController < ActionController::API
${consts.length > 0 ? `${consts.map((line) => `  ${line}`).join('\n')}\n\n` : ''}  def show
${lines.map((line) => (line ? `    ${line}` : '')).join('\n')}
  end
end`;

/** 304 only when If-None-Match matches; 206 and 416 only from the Range header (rules.ts). */
function validatorsOrRanges(entry: CodeEntry): string | undefined {
  const route = `get ${rubyString(snippetRequest(entry).path)}, to: 'example#show'`;
  const plan304 = conditional(entry);
  if (plan304)
    return controller(route, [
      ...plan304.headers.map(([name, value]) => `response.set_header(${rubyString(name)}, ${rubyString(value)})`),
      '# request.fresh? compares If-None-Match with the ETag just set ("*" included)',
      'return head :not_modified if request.fresh?(response)',
      '',
      `render plain: ${JSON.stringify(plan304.body)}, content_type: ${rubyString(plan304.contentType.split(';')[0]!)}`,
    ]);
  const plan = ranged(entry);
  if (!plan) return undefined;
  const type = rubyString(plan.contentType.split(';')[0]!);
  return controller(
    route,
    [
      "response.set_header('Accept-Ranges', 'bytes')",
      ...(plan.etag
        ? [
            "response.set_header('ETag', ETAG)",
            '# Range counts only while If-Range, when sent, still names this version',
            "if_range = request.headers['If-Range']",
            "range = if_range.nil? || if_range == ETAG ? request.headers['Range'].to_s : ''",
          ]
        : ["range = request.headers['Range'].to_s"]),
      '# One range, "bytes=first-" or "bytes=first-last"; any other Range gets the whole file',
      'if (match = /\\Abytes=(\\d+)-(\\d*)\\z/.match(range))',
      '  first = match[1].to_i',
      '  last = [match[2].empty? ? FILE.bytesize - 1 : match[2].to_i, FILE.bytesize - 1].min',
      '  if first >= FILE.bytesize',
      "    response.set_header('Content-Range', \"bytes */#{FILE.bytesize}\")",
      `    return head ${entry.code === 416 ? ':range_not_satisfiable' : 416}`,
      '  end',
      '  if first <= last',
      "    response.set_header('Content-Range', \"bytes #{first}-#{last}/#{FILE.bytesize}\")",
      `    return render plain: FILE.byteslice(first..last), content_type: ${type}, status: :partial_content`,
      '  end',
      'end',
      `render plain: FILE, content_type: ${type}`,
    ],
    [
      `# Stands in for the file this route serves: ${plan.size.toLocaleString('en-US')} bytes`,
      `FILE = (${JSON.stringify(plan.line)} * ${plan.copies})[0, ${plan.size}]`,
      ...(plan.etag ? [`ETAG = ${rubyString(plan.etag)}`] : []),
    ],
  );
}

/**
 * A method Rails does not route (QUERY) never reaches a controller, so the answer comes from a
 * Rack middleware placed first in the stack, for that method and path only.
 */
function middleware(entry: CodeEntry): string {
  const request = snippetRequest(entry);
  const payload = snippetPayload(entry);
  const fields: [string, string][] = snippetHeaders(entry).map(([name, value]) => [name.toLowerCase(), value]);
  let body = '';
  if (payload.kind === 'json') {
    fields.unshift(['content-type', 'application/json; charset=utf-8']);
    body = `{ ${payload.fields.map(([key, value]) => `${key}: ${rubyString(value)}`).join(', ')} }.to_json`;
  } else if (payload.kind === 'text') {
    fields.unshift(['content-type', payload.contentType]);
    body = JSON.stringify(payload.text);
  }
  const headers = fields.map(([name, value]) => `${rubyString(name)} => ${rubyString(value)}`);
  return `# config/application.rb: config.middleware.insert_before 0, ExampleMiddleware

# Rails 8.1 and earlier answer ${request.method} with 405 before any route is matched: it is not
# among the methods they route, so this Rack middleware, first in the stack, answers it
class ExampleMiddleware
  def initialize(app)
    @app = app
  end

  def call(env)
    unless env['REQUEST_METHOD'] == ${rubyString(request.method)} && env['PATH_INFO'] == ${rubyString(request.path)}
      return @app.call(env)
    end

${
  body
    ? `    body = ${body}
    [${entry.code}, { ${[...headers, "'content-length' => body.bytesize.to_s"].join(', ')} }, [body]]`
    : `    [${entry.code}, ${headers.length > 0 ? `{ ${headers.join(', ')} }` : '{}'}, []]`
}
  end
end`;
}

/**
 * Rails controller and its route: render json: (or plain:) with the Rack status symbol (or
 * the number, where the symbol depends on the Rack version), or head for bodiless codes; a
 * Rack middleware for a method Rails does not route. An API controller, so POST, PUT, PATCH and DELETE
 * need no CSRF token. Rack has no reason phrase, so the app server chooses it.
 */
export const rails: Generator = {
  id: 'rails',
  language: 'Ruby',
  framework: 'Rails',
  lang: 'ruby',
  generate(entry) {
    // Rails can send 103 through the app server (Puma started with --early-hints); no other 1xx.
    if (entry.code === 103) {
      const { path } = snippetRequest(entry);
      return controller(
        `get ${rubyString(path)}, to: 'example#show'`,
        [
          '# Sends 103 Early Hints at once when Puma runs with --early-hints (one link per line)',
          `request.send_early_hints('Link' => ${JSON.stringify(earlyHintLinks(entry).join('\n'))})`,
          "render plain: PAGE, content_type: 'text/html'",
        ],
        ['# Stands in for your page rendering', `PAGE = ${rubyString(standInPage(entry))}`],
      );
    }
    if (entry.code < 200) return undefined;
    const special = validatorsOrRanges(entry);
    if (special) return special;
    const request = snippetRequest(entry);
    if (!railsMethods.has(request.method)) return middleware(entry);
    const symbol = rackSymbol(entry);
    const status = symbol ? `:${symbol}` : String(entry.code);
    const lines = snippetHeaders(entry).map(([name, value]) => `    response.set_header(${rubyString(name)}, ${rubyString(value)})`);
    const payload = snippetPayload(entry);
    if (payload.kind === 'json') {
      const fields = payload.fields.map(([key, value]) => `${key}: ${rubyString(value)}`).join(', ');
      lines.push(`    render json: { ${fields} },`, `           status: ${status}`);
    } else if (payload.kind === 'text') {
      lines.push(`    render plain: ${JSON.stringify(payload.text)},`, `           content_type: ${rubyString(payload.contentType.split(';')[0]!)},`, `           status: ${status}`);
    } else lines.push(`    head ${status}`);
    const verb = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE'].includes(request.method)
      ? `${request.method.toLowerCase()} ${rubyString(request.path)}, to: 'example#show'`
      : `match ${rubyString(request.path)}, to: 'example#show', via: :${request.method.toLowerCase()}`;
    return `# config/routes.rb: ${verb}

class ExampleController < ActionController::API
  def show
${lines.join('\n')}
  end
end`;
  },
};
