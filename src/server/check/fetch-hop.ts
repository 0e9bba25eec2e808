import { request as httpRequest, type IncomingHttpHeaders } from 'node:http';
import { request as httpsRequest } from 'node:https';
import type { LookupFunction } from 'node:net';
import type { Target } from './guard';

export interface HopResponse {
  status: number;
  statusText: string;
  headers: IncomingHttpHeaders;
  /** Time from the start of the request to the response headers. */
  ms: number;
}

export interface HopOptions {
  userAgent: string;
  connectMs: number;
  headersMs: number;
  /** Aborts the hop when the URL's or the request's overall time runs out. */
  signal: AbortSignal;
}

/**
 * One GET to the checked address only. The host name still goes in the Host header and in
 * TLS's server name (so certificates are verified against it), but the socket connects to
 * `target.address` through a lookup that answers with it: nothing is resolved a second time,
 * so DNS rebinding cannot swap the address after the guard. No body is read: the response
 * is destroyed as soon as its headers arrive.
 */
export function fetchHop(target: Target, options: HopOptions): Promise<HopResponse> {
  const pinned: LookupFunction = (_hostname, lookupOptions, callback) => {
    if ((lookupOptions as { all?: boolean }).all) (callback as (e: null, a: { address: string; family: number }[]) => void)(null, [{ address: target.address, family: target.family }]);
    else callback(null, target.address, target.family);
  };
  const { url } = target;
  const request = url.protocol === 'https:' ? httpsRequest : httpRequest;
  const started = performance.now();

  return new Promise((resolve, reject) => {
    const req = request({
      protocol: url.protocol,
      host: url.hostname.replace(/^\[|\]$/g, ''),
      port: target.port,
      path: `${url.pathname}${url.search}`,
      method: 'GET',
      headers: { 'user-agent': options.userAgent, accept: '*/*', 'accept-encoding': 'identity' },
      lookup: pinned,
      agent: false,
      signal: options.signal,
    });
    const connectTimer = setTimeout(() => req.destroy(new Error(`no connection within ${options.connectMs / 1000} s`)), options.connectMs);
    const headersTimer = setTimeout(() => req.destroy(new Error(`no response headers within ${options.headersMs / 1000} s`)), options.headersMs);
    const clear = () => {
      clearTimeout(connectTimer);
      clearTimeout(headersTimer);
    };
    req.on('socket', (socket) => {
      if (!socket.connecting) clearTimeout(connectTimer);
      else socket.once('connect', () => clearTimeout(connectTimer));
      socket.once('secureConnect', () => clearTimeout(connectTimer));
    });
    req.on('response', (res) => {
      clear();
      const ms = Math.round(performance.now() - started);
      resolve({ status: res.statusCode ?? 0, statusText: res.statusMessage ?? '', headers: res.headers, ms });
      res.destroy();
    });
    req.on('error', (error) => {
      clear();
      reject(error);
    });
    req.end();
  });
}
