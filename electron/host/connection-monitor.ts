/**
 * Knows whether the backend answers: probes GET /healthz on an interval, and again right away when
 * a call could not reach it. Reports changes only.
 */
import type { ConnectionState } from '../../shared/terminal-api.js';

export const PROBE_INTERVAL_MS = 5_000;

export interface ConnectionMonitor {
  readonly state: ConnectionState;
  /** Probe now (coalesced with a probe already running). */
  probeNow(): Promise<ConnectionState>;
  /** Record what a real call just learned, without waiting for the next probe. */
  report(state: Exclude<ConnectionState, 'unknown'>): void;
  stop(): void;
}

export interface ConnectionMonitorOptions {
  probe: () => Promise<boolean>;
  onChange: (state: ConnectionState) => void;
  intervalMs?: number;
}

export function startConnectionMonitor(options: ConnectionMonitorOptions): ConnectionMonitor {
  let state: ConnectionState = 'unknown';
  let running: Promise<ConnectionState> | undefined;
  let stopped = false;

  function set(next: ConnectionState): void {
    if (stopped || next === state) return;
    state = next;
    options.onChange(next);
  }

  function probeNow(): Promise<ConnectionState> {
    running ??= options
      .probe()
      .catch(() => false)
      .then((reachable) => {
        set(reachable ? 'online' : 'offline');
        return state;
      })
      .finally(() => {
        running = undefined;
      });
    return running;
  }

  const timer = setInterval(() => void probeNow(), options.intervalMs ?? PROBE_INTERVAL_MS);
  // The probe alone must not keep a process alive that has nothing else to do.
  timer.unref();
  void probeNow();

  return {
    get state() {
      return state;
    },
    probeNow,
    report: set,
    stop() {
      stopped = true;
      clearInterval(timer);
    },
  };
}
