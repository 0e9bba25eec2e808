import type { Behaviour, Standing } from '../data/schema';

/** Words shown for the data's enumerations; the data keeps short machine values. */
export const standingLabels: Record<Standing, string> = {
  standard: 'Standard',
  temporary: 'Temporary registration',
  deprecated: 'Deprecated',
  obsolete: 'Obsolete',
  unused: 'Reserved, unused',
  unofficial: 'Unofficial',
};

export const behaviourLabels = {
  cacheable: {
    heuristic: 'Yes, by default',
    explicit: 'Only with explicit freshness',
    never: 'Never (caches must not store it)',
    refreshes: 'Not stored; it refreshes the cached copy',
    'not-applicable': 'Not applicable',
  },
  body: { allowed: 'Allowed', forbidden: 'Not allowed', none: 'Nothing is sent' },
  retry: {
    yes: 'Yes',
    later: 'Yes, after a wait',
    'after-change': 'Only after changing the request',
    no: 'No',
  },
  seen: { wire: 'On the wire, sent to clients', logs: 'Only in server logs', client: 'Made up by the client' },
} as const satisfies { [K in keyof Behaviour]: Record<Behaviour[K]['value'], string> };

export const behaviourTitles: Record<keyof Behaviour, string> = {
  cacheable: 'Cacheable by default',
  body: 'Response body',
  retry: 'Safe to retry',
  seen: 'Where you see it',
};
