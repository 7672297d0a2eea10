/**
 * Keyboard-wedge detector: a USB scanner "types" a whole code in a burst (a few ms per key) and
 * ends it with Enter or Tab; a person types an order of magnitude slower. Keys are held back
 * while a burst may be going on and handed back (released) as soon as it is clearly not a scan,
 * so a scan never leaks characters into whatever control had focus, and typing keeps working.
 *
 * Pure: it sees keys with timestamps and says what to do, so it is tested on synthetic timings.
 */

export interface WedgeOptions {
  /** A burst is a scan only if its characters came at most this far apart on average. */
  maxAverageCharMs: number;
  /** A gap longer than this ends a burst (keys held back are released). */
  maxGapMs: number;
  /**
   * A longer gap tolerated inside a burst that is scanner-fast so far: a busy machine or a USB
   * hiccup can pause a scan for a moment, and cutting it in two would look up half a code.
   */
  fastBurstGapMs: number;
  /** Shorter bursts are typing. */
  minLength: number;
  /** Characters the scanner is set to send before the code (stripped), or "" for none. */
  prefix: string;
  /** Keys that end a scan: "Enter", "Tab" and/or single characters set on the scanner. */
  suffixKeys: readonly string[];
  /** Without a suffix a fast burst counts as a scan once the gap passes; off by default, because fast pasting tools look the same. */
  requireSuffix: boolean;
}

export const DEFAULT_WEDGE_OPTIONS: WedgeOptions = {
  // Scanners send a key every 1–20 ms; the fastest typists average 60–80 ms over a whole code.
  maxAverageCharMs: 40,
  // Keys are held only when the focus is outside the code field (where typing does nothing or
  // goes to the wrong control), so a generous gap costs a typist nothing.
  maxGapMs: 300,
  fastBurstGapMs: 500,
  minLength: 8,
  prefix: '',
  suffixKeys: ['Enter', 'Tab'],
  requireSuffix: true,
};

export interface WedgeKey {
  key: string;
  timeMs: number;
  ctrlKey?: boolean;
  altKey?: boolean;
  metaKey?: boolean;
}

export type WedgeAction = { kind: 'release'; text: string } | { kind: 'scan'; payload: string };

export interface WedgeDecision {
  /** True: the key must not reach the focused control (it is held back or part of a scan). */
  consume: boolean;
  /** True when this key began a new burst (after `actions` ended the previous one). */
  startsBurst: boolean;
  /**
   * True when this key is an end-of-read key (Enter, Tab, the scanner's suffix) that ended a held
   * burst, scan or not: a key that belongs to the burst, not to whatever control has focus.
   */
  endsBurst?: true;
  /** To do before the key itself, in order. */
  actions: WedgeAction[];
}

const MODIFIER_KEYS = new Set(['Shift', 'Control', 'Alt', 'AltGraph', 'Meta', 'CapsLock', 'NumLock', 'Fn']);

export interface WedgeDetector {
  /** How long after the last key the held burst ends; the caller arms its idle timer with it. */
  idleAfterMs(): number;
  onKey(key: WedgeKey): WedgeDecision;
  /** Called when no key came for `maxGapMs`: ends the burst. */
  onIdle(nowMs: number): WedgeAction[];
  /** Whether keys are held back (the caller then arms an idle timer). */
  holding(): boolean;
}

export function createWedgeDetector(overrides: Partial<WedgeOptions> = {}): WedgeDetector {
  const options = { ...DEFAULT_WEDGE_OPTIONS, ...overrides };
  let chars: string[] = [];
  let times: number[] = [];

  function take(): string {
    const text = chars.join('');
    chars = [];
    times = [];
    return text;
  }

  function isFastEnough(): boolean {
    if (chars.length < 2) return false;
    const first = times[0] ?? 0;
    const last = times[times.length - 1] ?? 0;
    return (last - first) / (chars.length - 1) <= options.maxAverageCharMs;
  }

  /** The scanned payload if the held burst is a scan, else null. */
  function scanPayload(): string | null {
    const text = chars.join('');
    if (options.prefix !== '' && !text.startsWith(options.prefix)) return null;
    const payload = text.slice(options.prefix.length);
    if (payload.length < options.minLength || !isFastEnough()) return null;
    return payload;
  }

  function endBurst(bySuffix: boolean): WedgeAction[] {
    if (chars.length === 0) return [];
    const payload = bySuffix || !options.requireSuffix ? scanPayload() : null;
    const text = take();
    return payload === null ? [{ kind: 'release', text }] : [{ kind: 'scan', payload }];
  }

  return {
    idleAfterMs: () => (isFastEnough() ? options.fastBurstGapMs : options.maxGapMs),
    holding: () => chars.length > 0,
    onIdle: () => endBurst(false),
    onKey(key) {
      // Scanners press Shift for capitals: a modifier alone neither types nor breaks a burst.
      if (MODIFIER_KEYS.has(key.key)) return { consume: false, startsBurst: false, actions: [] };
      const last = times[times.length - 1];
      const actions: WedgeAction[] = [];
      const allowedGapMs = isFastEnough() ? options.fastBurstGapMs : options.maxGapMs;
      if (last !== undefined && key.timeMs - last > allowedGapMs) actions.push(...endBurst(false));
      const startsBurst = chars.length === 0;
      // A shortcut (Ctrl+V, Alt+…) is the person at the keyboard, never a scanner.
      if (key.ctrlKey || key.altKey || key.metaKey) {
        actions.push({ kind: 'release', text: take() });
        return { consume: false, startsBurst: false, actions: actions.filter(notEmpty) };
      }
      if (options.suffixKeys.includes(key.key) && chars.length > 0) {
        const ended = endBurst(true);
        actions.push(...ended);
        return {
          consume: ended.some((action) => action.kind === 'scan'),
          startsBurst: false,
          endsBurst: true,
          actions,
        };
      }
      if (key.key.length === 1) {
        chars.push(key.key);
        times.push(key.timeMs);
        return { consume: true, startsBurst, actions };
      }
      // Backspace, arrows, Escape…: the person is editing; hand back what was held first.
      actions.push({ kind: 'release', text: take() });
      return { consume: false, startsBurst: false, actions: actions.filter(notEmpty) };
    },
  };
}

function notEmpty(action: WedgeAction): boolean {
  return action.kind === 'scan' || action.text !== '';
}
