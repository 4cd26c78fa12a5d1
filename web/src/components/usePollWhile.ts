import { useEffect } from 'react';

interface Pollable {
  startPolling(intervalMs: number): void;
  stopPolling(): void;
}

/** Polls a query while `active` (work still under way on the server), and stops when it is not. */
export function usePollWhile(query: Pollable, active: boolean, intervalMs = 2000): void {
  const { startPolling, stopPolling } = query;
  useEffect(() => {
    if (!active) return undefined;
    startPolling(intervalMs);
    return () => stopPolling();
  }, [active, intervalMs, startPolling, stopPolling]);
}
