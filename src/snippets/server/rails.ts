import { rubyString } from '../format';
import { snippetRequest } from '../request';
import { conditional, constantId, ranged, snippetHeaders, snippetPayload } from '../rules';
import type { Generator } from '../types';
import type { CodeEntry } from '../../data/codes';

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
 * Rails controller and its route: render json: (or plain:) with the Rack status symbol (or
 * the number), or head for bodiless codes. An API controller, so POST, PUT, PATCH and DELETE
 * need no CSRF token. Rack has no reason phrase, so the app server chooses it.
 */
export const rails: Generator = {
  id: 'rails',
  language: 'Ruby',
  framework: 'Rails',
  lang: 'ruby',
  generate(entry) {
    // Rails can send 103 through the app server (Puma started with --early-hints); no other 1xx.
    if (entry.code === 103)
      return `class PagesController < ApplicationController
  def home
    # Sends 103 Early Hints when Puma runs with --early-hints
    request.send_early_hints('link' => '</styles.css>; rel=preload; as=style')
    render :home
  end
end`;
    if (entry.code < 200) return undefined;
    const special = validatorsOrRanges(entry);
    if (special) return special;
    const request = snippetRequest(entry);
    const symbol = constantId(entry, 'rack');
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
