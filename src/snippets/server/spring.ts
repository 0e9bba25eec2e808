import { cString } from '../format';
import { snippetRequest } from '../request';
import { constantOf, snippetHeaders, snippetPayload } from '../rules';
import type { Generator } from '../types';

/** Spring Boot (Spring Framework 6): ResponseEntity with the HttpStatus constant, or the number for codes it lacks. */
export const spring: Generator = {
  id: 'spring',
  language: 'Java',
  framework: 'Spring Boot',
  lang: 'java',
  generate(entry) {
    if (entry.code < 200) return undefined;
    const constant = constantOf(entry, 'spring');
    const request = snippetRequest(entry);
    const payload = snippetPayload(entry);
    const mappings: Record<string, string> = { GET: 'GetMapping', POST: 'PostMapping', PUT: 'PutMapping', PATCH: 'PatchMapping', DELETE: 'DeleteMapping' };
    const mapping = mappings[request.method];
    const chain = [`ResponseEntity.status(${constant ?? entry.code})`];
    for (const [name, value] of snippetHeaders(entry)) chain.push(`.header(${cString(name)}, ${cString(value)})`);
    if (payload.kind === 'json')
      chain.push(`.body(Map.of(\n${payload.fields.map(([key, value]) => `                        ${cString(key)}, ${cString(value)}`).join(',\n')}))`);
    else if (payload.kind === 'text') chain.push(`.header("Content-Type", ${cString(payload.contentType)})`, `.body(${cString(payload.text)})`);
    else chain.push('.build()');
    const imports = [
      ...(constant ? ['org.springframework.http.HttpStatus'] : []),
      'org.springframework.http.ResponseEntity',
      `org.springframework.web.bind.annotation.${mapping ?? 'RequestMapping'}`,
      'org.springframework.web.bind.annotation.RestController',
      ...(payload.kind === 'json' ? ['java.util.Map'] : []),
    ];
    return `${imports.map((name) => `import ${name};`).join('\n')}

@RestController
class ExampleController {

    ${mapping ? `@${mapping}(${cString(request.path)})` : `@RequestMapping(path = ${cString(request.path)}, method = {}) // ${request.method}: no RequestMethod constant; route it in a filter`}
    ResponseEntity<${payload.kind === 'json' ? 'Map<String, String>' : payload.kind === 'text' ? 'String' : 'Void'}> example() {
        return ${chain.join('\n                ')};
    }
}`;
  },
};
