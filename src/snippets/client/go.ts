import type { CodeEntry } from '../../data/codes';
import { displayNumber } from '../../lib/status-class';
import { cString } from '../format';
import { constantOf } from '../rules';
import type { Generator } from '../types';
import { clientStrategy, exampleUrl, type ClientStrategy } from './strategy';

interface GoSnippet {
  imports: string[];
  main: string;
  helpers?: string;
}

/** Go net/http client: Get follows up to 10 redirects; every status is returned, none is an error. */
function program(strategy: ClientStrategy, entry: CodeEntry, url: string, status: string): GoSnippet | undefined {
  const u = cString(url);
  const check = `if err != nil {\n\t\tlog.Fatal(err)\n\t}`;
  switch (strategy) {
    case 'websocket':
      return undefined;
    case 'read':
    case 'fail':
      return {
        imports: strategy === 'read' ? ['fmt', 'io', 'log', 'net/http'] : ['io', 'log', 'net/http'],
        main: `resp, err := http.Get(${u})
	${check}
	defer resp.Body.Close()
	body, _ := io.ReadAll(resp.Body)
	if resp.StatusCode == ${status} {
		${strategy === 'read' ? 'fmt.Println(string(body))' : '// Sent again unchanged, it gets the same answer: report it and fix the request\n\t\tlog.Fatalf("%s: %s", resp.Status, body)'}
	}`,
      };
    case 'created':
      return {
        imports: ['fmt', 'log', 'net/http', 'strings'],
        main: `resp, err := http.Post(${u}, "application/json", strings.NewReader(\`{"name":"New item"}\`))
	${check}
	defer resp.Body.Close()
	if resp.StatusCode == ${status} {
		location, err := resp.Location() // resolved against the request URL
		${check.replace(/\n\t/g, '\n\t\t')}
		fmt.Println("Created at", location)
	}`,
      };
    case 'no-body':
      return {
        imports: ['fmt', 'log', 'net/http'],
        main: `req, _ := http.NewRequest(${cString(entry.example.request.method)}, ${u}, nil)
	resp, err := http.DefaultClient.Do(req)
	${check}
	defer resp.Body.Close()
	if resp.StatusCode == ${status} {
		fmt.Println("Done; there is no body to read")
	}`,
      };
    case 'partial':
      return {
        imports: ['fmt', 'io', 'log', 'net/http'],
        main: `req, _ := http.NewRequest("GET", ${u}, nil)
	req.Header.Set("Range", "bytes=0-1023")
	resp, err := http.DefaultClient.Do(req)
	${check}
	defer resp.Body.Close()
	if resp.StatusCode == ${status} {
		chunk, _ := io.ReadAll(resp.Body)
		fmt.Println(resp.Header.Get("Content-Range"), len(chunk))
	}`,
      };
    case 'redirect':
      return {
        imports: ['fmt', 'log', 'net/http'],
        main: `// http.Get follows ${entry.code} by itself (up to 10 hops)
	resp, err := http.Get(${u})
	${check}
	resp.Body.Close()
	fmt.Println("Ended at", resp.Request.URL)

	// To see the ${entry.code} itself, stop following
	client := &http.Client{CheckRedirect: func(*http.Request, []*http.Request) error {
		return http.ErrUseLastResponse
	}}
	first, err := client.Get(${u})
	${check}
	first.Body.Close()
	fmt.Println(first.StatusCode, first.Header.Get("Location"))`,
      };
    case 'not-modified':
      return {
        imports: ['fmt', 'log', 'net/http'],
        main: `etag := \`"v1"\` // saved from an earlier 200 response
	req, _ := http.NewRequest("GET", ${u}, nil)
	req.Header.Set("If-None-Match", etag)
	resp, err := http.DefaultClient.Do(req)
	${check}
	defer resp.Body.Close()
	if resp.StatusCode == ${status} {
		fmt.Println("Still fresh: reuse the cached copy")
	}`,
      };
    case 'reauth':
      return {
        imports: ['log', 'net/http'],
        helpers: `func getWithAuth(url string, token, refresh func() string) (*http.Response, error) {
	send := func(t string) (*http.Response, error) {
		req, _ := http.NewRequest("GET", url, nil)
		req.Header.Set("Authorization", "Bearer "+t)
		return http.DefaultClient.Do(req)
	}
	resp, err := send(token())
	if err != nil || resp.StatusCode != ${status} {
		return resp, err
	}
	// Read the challenge, get fresh credentials once, then try again
	log.Println(resp.Header.Get("WWW-Authenticate"))
	resp.Body.Close()
	return send(refresh())
}`,
        main: `resp, err := getWithAuth(${u}, func() string { return "old-token" }, func() string { return "new-token" })
	${check}
	defer resp.Body.Close()
	log.Println(resp.Status)`,
      };
    case 'retry-after':
      return {
        imports: ['log', 'net/http', 'strconv', 'time'],
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

func getWithRetry(url string, attempts int) (*http.Response, error) {
	for attempt := 1; ; attempt++ {
		resp, err := http.Get(url)
		if err != nil || resp.StatusCode != ${status} || attempt == attempts {
			return resp, err
		}
		resp.Body.Close()
		time.Sleep(retryAfter(resp, time.Duration(1<<attempt)*500*time.Millisecond))
	}
}`,
        main: `resp, err := getWithRetry(${u}, 5)
	${check}
	defer resp.Body.Close()
	log.Println(resp.Status)`,
      };
    case 'retry-transient':
      return {
        imports: ['log', 'math/rand', 'net/http', 'time'],
        helpers: `// getWithBackoff retries idempotent requests only, with exponential backoff and jitter.
func getWithBackoff(url string, attempts int) (*http.Response, error) {
	for attempt := 1; ; attempt++ {
		resp, err := http.Get(url)
		if err != nil || resp.StatusCode != ${status} || attempt == attempts {
			return resp, err
		}
		resp.Body.Close()
		time.Sleep(time.Duration(1<<attempt)*250*time.Millisecond + time.Duration(rand.Intn(250))*time.Millisecond)
	}
}`,
        main: `resp, err := getWithBackoff(${u}, 4)
	${check}
	defer resp.Body.Close()
	log.Println(resp.Status)`,
      };
    case 'no-response':
      return {
        imports: ['errors', 'log', 'net', 'net/http', 'time'],
        main: `// A client never receives ${displayNumber(entry.code)}: it sees the connection close or time out
	client := &http.Client{Timeout: 30 * time.Second}
	resp, err := client.Get(${u})
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
    return `package main

import (
${snippet.imports.map((name) => `\t"${name}"`).join('\n')}
)
${snippet.helpers ? `\n${snippet.helpers}\n` : ''}
func main() {
	${snippet.main}
}`;
  },
};
