import { cString } from '../format';
import { constantOf, errorBody, sendsBody, snippetHeaders } from '../rules';
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
    const body = sendsBody(entry);
    const chain = [`ResponseEntity.status(${constant ?? entry.code})`];
    for (const [name, value] of snippetHeaders(entry)) chain.push(`.header(${cString(name)}, ${cString(value)})`);
    if (body) {
      const { error, message } = errorBody(entry);
      chain.push(`.body(Map.of(\n                        "error", ${cString(error)},\n                        "message", ${cString(message)}))`);
    } else chain.push('.build()');
    const imports = [
      ...(constant ? ['org.springframework.http.HttpStatus'] : []),
      'org.springframework.http.ResponseEntity',
      'org.springframework.web.bind.annotation.GetMapping',
      'org.springframework.web.bind.annotation.RestController',
      ...(body ? ['java.util.Map'] : []),
    ];
    return `${imports.map((name) => `import ${name};`).join('\n')}

@RestController
class ExampleController {

    @GetMapping("/example")
    ResponseEntity<${body ? 'Map<String, String>' : 'Void'}> example() {
        return ${chain.join('\n                ')};
    }
}`;
  },
};
