import { lookup } from 'node:dns/promises';
import type { Resolver } from './guard';

/** Every address the system resolver gives for a name, IPv4 and IPv6, so the guard can check them all. */
export const systemResolver: Resolver = async (hostname) =>
  (await lookup(hostname, { all: true, verbatim: true })).map(({ address, family }) => ({ address, family: family === 6 ? 6 : 4 }));
