import { rubyString } from '../format';
import { snippetRequest } from '../request';
import { constantId, snippetHeaders, snippetPayload } from '../rules';
import type { Generator } from '../types';

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
