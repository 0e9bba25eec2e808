/**
 * Caps on `sleep` requests waiting at once, per client and in total, so a few clients cannot hold
 * every connection open. In memory: per process on Node, per isolate on Workers.
 */
export interface SleepGate {
  /** A release function, or null when a cap is reached. */
  enter(clientKey: string): (() => void) | null;
}

export function sleepGate({ perClient, total }: { perClient: number; total: number }): SleepGate {
  const waiting = new Map<string, number>();
  let all = 0;
  return {
    enter(key) {
      const mine = waiting.get(key) ?? 0;
      if (mine >= perClient || all >= total) return null;
      waiting.set(key, mine + 1);
      all++;
      let released = false;
      return () => {
        if (released) return;
        released = true;
        all--;
        const left = (waiting.get(key) ?? 1) - 1;
        if (left === 0) waiting.delete(key);
        else waiting.set(key, left);
      };
    },
  };
}
