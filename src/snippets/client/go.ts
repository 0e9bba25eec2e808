import type { CodeEntry } from '../../data/codes';
import { displayNumber } from '../../lib/status-class';
import { cString } from '../format';
import type { SnippetRequest } from '../request';
import { constantOf } from '../rules';
import { clientRequest, idempotentMethods, ifNoneMatch, isIdempotent, notRetriedNote, withLongUrl } from './request-parts';
import { longList } from '../request';
import type { Generator } from '../types';
import { clientStrategy, exampleUrl, type ClientStrategy } from './strategy';

interface GoSnippet {
  imports: string[];
  main: string;
  helpers?: string;
}

/** A raw string literal for a body, or a quoted one when it contains a backquote. */
const goText = (text: string) => (text.includes('`') ? cString(text) : `\`${text}\``);

/** Lines that build req for the request (method, headers, body), indented for main or a closure. */
function build(request: SnippetRequest, url: string, indent = '\t'): { lines: string; imports: string[] } {
  const bodyArg = request.body !== undefined ? `strings.NewReader(${goText(request.body)})` : 'nil';
  const lines = [
    `req, err := http.NewRequest(${cString(request.method)}, ${cString(url)}, ${bodyArg})`,
    'if err != nil {',
    '\tlog.Fatal(err)',
    '}',
    ...request.headers.map(([name, value]) => `req.Header.Set(${cString(name)}, ${cString(value)})`),
  ];
  return { lines: lines.map((line, i) => (i === 0 ? line : `${indent}${line}`)).join('\n'), imports: request.body !== undefined ? ['strings'] : [] };
}

const idempotent = `// Only idempotent methods are resent as they are (RFC 9110 section 9.2.2)
var idempotent = map[string]bool{${idempotentMethods.map((method) => `${cString(method)}: true`).join(', ')}}`;

/** Said in main when the helper will not resend the code's request. */
const notRetried = (request: SnippetRequest) => (isIdempotent(request.method) ? '' : `${notRetriedNote(request.method, '//').replace(/\n/g, '\n\t')}\n\t`);

/** Go net/http client: Do follows up to 10 redirects; every status is returned, none is an error. */
function program(strategy: ClientStrategy, entry: CodeEntry, url: string, status: string): GoSnippet | undefined {
  const check = `if err != nil {\n\t\tlog.Fatal(err)\n\t}`;
  const request = clientRequest(entry);
  const { lines: newReq, imports: reqImports } = build(request, url);
  const send = `${newReq}\n\tresp, err := http.DefaultClient.Do(req)\n\t${check}\n\tdefer resp.Body.Close()`;
  switch (strategy) {
    case 'websocket':
      return undefined;
    case 'read':
    case 'fail':
      if (entry.code === 207)
        return {
          imports: ['encoding/xml', 'fmt', 'log', 'net/http', ...reqImports],
          main: `${send}
	if resp.StatusCode == ${status} {
		// The body is a multistatus XML document (RFC 4918 section 13), not JSON:
		// one response per resource, each with its own status
		var multistatus struct {
			Responses []struct {
				Href     string   \`xml:"href"\`
				Statuses []string \`xml:"propstat>status"\`
			} \`xml:"response"\`
		}
		if err := xml.NewDecoder(resp.Body).Decode(&multistatus); err != nil {
			log.Fatal(err)
		}
		for _, r := range multistatus.Responses {
			fmt.Println(r.Href, r.Statuses)
		}
	}`,
        };
      return {
        imports: [...(strategy === 'read' ? ['fmt'] : []), 'io', 'log', 'net/http', ...reqImports],
        main: `${send}
	body, _ := io.ReadAll(resp.Body)
	if resp.StatusCode == ${status} {
		${strategy === 'read' ? 'fmt.Println(string(body))' : '// Sent again unchanged, it gets the same answer: report it and fix the request\n\t\tlog.Fatalf("%s: %s", resp.Status, body)'}
	}`,
      };
    case 'created':
      return {
        imports: ['fmt', 'log', 'net/http', ...reqImports],
        main: `${send}
	if resp.StatusCode == ${status} {
		location, err := resp.Location() // resolved against the request URL
		${check.replace(/\n\t/g, '\n\t\t')}
		fmt.Println("Created at", location)
	}`,
      };
    case 'no-body':
      return {
        imports: ['fmt', 'log', 'net/http', ...reqImports],
        main: `${send}
	if resp.StatusCode == ${status} {
		fmt.Println("Done; there is no body to read")
	}`,
      };
    case 'partial':
      return {
        imports: ['fmt', 'io', 'log', 'net/http', ...reqImports],
        main: `${send}
	if resp.StatusCode == ${status} {
		// Only the requested bytes: Content-Range says where they go in the whole file
		chunk, _ := io.ReadAll(resp.Body)
		fmt.Println(resp.Header.Get("Content-Range"), len(chunk))
	}`,
      };
    case 'redirect':
      return {
        imports: ['fmt', 'log', 'net/http', ...reqImports],
        main: `// The client follows ${entry.code} by itself (up to 10 hops)
	${send}
	fmt.Println("Ended at", resp.Request.URL)

	// To see the ${entry.code} itself, stop following
	client := &http.Client{CheckRedirect: func(*http.Request, []*http.Request) error {
		return http.ErrUseLastResponse
	}}
	${build(request, url).lines.replace('req, err := ', 'req, err = ')}
	first, err := client.Do(req)
	${check}
	first.Body.Close()
	fmt.Println(first.StatusCode, first.Header.Get("Location"))`,
      };
    case 'not-modified':
      return {
        imports: ['fmt', 'log', 'net/http', ...reqImports],
        main: `etag := ${goText(ifNoneMatch(request))} // saved with the copy from an earlier 200
	${newReq.replace(/\n\treq\.Header\.Set\("If-None-Match", [^\n]*/, '')}
	req.Header.Set("If-None-Match", etag)
	resp, err := http.DefaultClient.Do(req)
	${check}
	defer resp.Body.Close()
	if resp.StatusCode == ${status} {
		fmt.Println("Not modified: reuse the saved copy")
	}`,
      };
    case 'reauth': {
      const others = clientRequest(entry, ['authorization']);
      return {
        imports: ['log', 'net/http', ...reqImports],
        helpers: `// You supply these two: the stored access token, and a new one from your auth server.
func getToken() string     { return "stored-access-token" }
func refreshToken() string { return "new-access-token" }

func getWithAuth(url string) (*http.Response, error) {
	send := func(token string) (*http.Response, error) {
		${build(others, url, '\t\t').lines.replace(cString(url), 'url')}
		req.Header.Set("Authorization", "Bearer "+token)
		return http.DefaultClient.Do(req)
	}
	resp, err := send(getToken())
	if err != nil || resp.StatusCode != ${status} {
		return resp, err
	}
	// Read the challenge, get fresh credentials once, then try again
	log.Println("401:", resp.Header.Get("WWW-Authenticate"))
	resp.Body.Close()
	return send(refreshToken())
}`,
        main: `resp, err := getWithAuth(${cString(url)})
	${check}
	defer resp.Body.Close()
	log.Println(resp.Status)`,
      };
    }
    case 'retry-after':
      return {
        imports: ['log', 'net/http', 'strconv', 'time', ...reqImports],
        helpers: `// retryAfter reads Retry-After: a number of seconds or an HTTP date.
func retryAfter(resp *http.Response, fallback time.Duration) time.Duration {
	value := resp.Header.Get("Retry-After")
	if seconds, err := strconv.Atoi(value); err == nil {
		return time.Duration(seconds) * time.Second
	}
	if when, err := http.ParseTime(value); err == nil {
		return time.Until(when)
	}
	return fallback
}

func newRequest() *http.Request {
	${build(request, url).lines}
	return req
}

${idempotent}

func doWithRetry(attempts int) (*http.Response, error) {
	for attempt := 1; ; attempt++ {
		req := newRequest()
		resp, err := http.DefaultClient.Do(req)
		if err != nil || resp.StatusCode != ${status} || !idempotent[req.Method] || attempt == attempts {
			return resp, err
		}
		resp.Body.Close()
		time.Sleep(retryAfter(resp, time.Duration(1<<attempt)*500*time.Millisecond))
	}
}`,
        main: `${notRetried(request)}resp, err := doWithRetry(5)
	${check}
	defer resp.Body.Close()
	log.Println(resp.Status)`,
      };
    case 'retry-transient':
      return {
        imports: ['log', 'math/rand', 'net/http', 'time', ...reqImports],
        helpers: `func newRequest() *http.Request {
	${build(request, url).lines}
	return req
}

${idempotent}

// doWithBackoff resends an idempotent request, with exponential backoff and jitter.
func doWithBackoff(attempts int) (*http.Response, error) {
	for attempt := 1; ; attempt++ {
		req := newRequest()
		resp, err := http.DefaultClient.Do(req)
		if err != nil || resp.StatusCode != ${status} || !idempotent[req.Method] || attempt == attempts {
			return resp, err
		}
		resp.Body.Close()
		time.Sleep(time.Duration(1<<attempt)*250*time.Millisecond + time.Duration(rand.Intn(250))*time.Millisecond)
	}
}`,
        main: `${notRetried(request)}resp, err := doWithBackoff(4)
	${check}
	defer resp.Body.Close()
	log.Println(resp.Status)`,
      };
    case 'no-response':
      return {
        imports: ['errors', 'log', 'net', 'net/http', 'time', ...reqImports],
        main: `// A client never receives ${displayNumber(entry.code)}: it sees the connection close or time out
	${newReq}
	client := &http.Client{Timeout: 30 * time.Second}
	resp, err := client.Do(req)
	var netErr net.Error
	if errors.As(err, &netErr) && netErr.Timeout() {
		log.Fatal("no response within 30 seconds")
	}
	if err != nil {
		log.Fatal("connection closed or reset: ", err)
	}
	defer resp.Body.Close()
	log.Println(resp.Status)`,
      };
  }
}

export const goClient: Generator = {
  id: 'go-client',
  language: 'Go',
  framework: 'net/http',
  lang: 'go',
  generate(entry) {
    const strategy = clientStrategy(entry);
    if (!strategy) return undefined;
    const status = constantOf(entry, 'go') ?? String(entry.code);
    const snippet = program(strategy, entry, exampleUrl(entry), status);
    if (!snippet) return undefined;
    const imports = [...snippet.imports, ...(longList(entry) ? ['strconv', 'strings'] : [])];
    return withLongUrl(`package main

import (
${[...new Set(imports)].sort().map((name) => `\t"${name}"`).join('\n')}
)
${snippet.helpers ? `\n${snippet.helpers}\n` : ''}
func main() {
	${snippet.main}
}`, entry, 'go');
  },
};
