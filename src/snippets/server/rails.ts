import { rubyString } from '../format';
import { constantId, errorBody, sendsBody, snippetHeaders } from '../rules';
import type { Generator } from '../types';

/** Rails controller: render json: with the Rack status symbol (or the number), or head for bodiless codes. */
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
    const symbol = constantId(entry, 'rack');
    const status = symbol ? `:${symbol}` : String(entry.code);
    const lines = snippetHeaders(entry).map(([name, value]) => `    response.set_header(${rubyString(name)}, ${rubyString(value)})`);
    if (sendsBody(entry)) {
      const { error, message } = errorBody(entry);
      lines.push(`    render json: { error: ${rubyString(error)}, message: ${rubyString(message)} },`, `           status: ${status}`);
    } else lines.push(`    head ${status}`);
    return `class ExampleController < ApplicationController
  def show
${lines.join('\n')}
  end
end`;
  },
};
