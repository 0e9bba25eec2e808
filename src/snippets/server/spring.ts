import { cString } from '../format';
import { snippetRequest } from '../request';
import { conditional, constantOf, ranged, snippetHeaders, snippetPayload } from '../rules';
import type { Generator } from '../types';
import type { CodeEntry } from '../../data/codes';

/**
 * 304: a 200 ResponseEntity with an ETag, which Spring MVC turns into 304 when If-None-Match
 * matches. 206 and 416: a Resource body, whose Range Spring MVC serves itself (rules.ts).
 */
function validatorsOrRanges(entry: CodeEntry): string | undefined {
  const { path } = snippetRequest(entry);
  const plan304 = conditional(entry);
  if (plan304) {
    const chain = [
      'ResponseEntity.ok()',
      `.eTag(${cString(plan304.etag)})`,
      ...plan304.headers.slice(1).map(([name, value]) => `.header(${cString(name)}, ${cString(value)})`),
      `.contentType(MediaType.parseMediaType(${cString(plan304.contentType)}))`,
      `.body(${cString(plan304.body)})`,
    ];
    return `import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
class ExampleController {

    // Spring MVC compares If-None-Match with this ETag and, on a match, answers
    // 304 Not Modified (HttpStatus.NOT_MODIFIED) with the headers and no body
    @GetMapping(${cString(path)})
    ResponseEntity<String> example() {
        return ${chain.join('\n                ')};
    }
}`;
  }
  const plan = ranged(entry);
  if (!plan) return undefined;
  const chain = [
    'ResponseEntity.ok()',
    ...(plan.etag ? [`.eTag(${cString(plan.etag)})`] : []),
    `.contentType(MediaType.parseMediaType(${cString(plan.contentType)}))`,
    '.body(new ByteArrayResource(FILE))',
  ];
  return `import java.nio.charset.StandardCharsets;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.core.io.Resource;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
class ExampleController {

    // Stands in for the file this route serves: ${plan.size.toLocaleString('en-US')} bytes
    private static final byte[] FILE = ${cString(plan.line)}.repeat(${plan.copies})
            .substring(0, ${plan.size}).getBytes(StandardCharsets.UTF_8);

    // Spring MVC reads Range for a Resource body: 206 Partial Content (HttpStatus.PARTIAL_CONTENT)
    // with the range, 416 (REQUESTED_RANGE_NOT_SATISFIABLE) when none of it is in the file,
    // 200 with the whole file without one
    @GetMapping(${cString(path)})
    ResponseEntity<Resource> example() {
        return ${chain.join('\n                ')};
    }
}`;
}

/** Spring Boot (Spring Framework 6): ResponseEntity with the HttpStatus constant, or the number for codes it lacks. */
export const spring: Generator = {
  id: 'spring',
  language: 'Java',
  framework: 'Spring Boot',
  lang: 'java',
  generate(entry) {
    if (entry.code < 200) return undefined;
    const special = validatorsOrRanges(entry);
    if (special) return special;
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
