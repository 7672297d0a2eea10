import { describe, expect, it } from 'vitest';
import {
  createWedgeDetector,
  type WedgeAction,
  type WedgeDetector,
} from '../../../renderer/scanning/wedge-detector.js';

const CODE = 'AS25NJZ1JXCZCP5';

/** Feeds keys at the given gaps; returns every action and which keys reached the focused control. */
function feed(detector: WedgeDetector, keys: string[], gapsMs: number[] | number, startMs = 1_000) {
  const actions: WedgeAction[] = [];
  const passed: string[] = [];
  let timeMs = startMs;
  keys.forEach((key, index) => {
    if (index > 0) timeMs += typeof gapsMs === 'number' ? gapsMs : (gapsMs[index - 1] ?? 0);
    const decision = detector.onKey({ key, timeMs });
    actions.push(...decision.actions);
    if (!decision.consume) passed.push(key);
  });
  return { actions, passed, endMs: timeMs };
}

const keysOf = (text: string) => [...text];

describe('keyboard-wedge detector', () => {
  it('takes a fast burst ended by Enter as one scan, and lets nothing through', () => {
    const { actions, passed } = feed(createWedgeDetector(), [...keysOf(CODE), 'Enter'], 5);
    expect(actions).toEqual([{ kind: 'scan', payload: CODE }]);
    expect(passed).toEqual([]);
  });

  it('takes a burst with jitter whose average stays under the limit', () => {
    const gaps = [3, 25, 8, 60, 2, 4, 30, 12, 5, 9, 48, 6, 3, 7, 10];
    const { actions } = feed(createWedgeDetector(), [...keysOf(CODE), 'Enter'], gaps);
    expect(actions).toEqual([{ kind: 'scan', payload: CODE }]);
  });

  it('hands human typing back to the focused control, and Enter still reaches it', () => {
    const detector = createWedgeDetector();
    const { actions, passed, endMs } = feed(detector, keysOf(CODE), 150);
    // Each key is released once the next one comes too late to be a scanner.
    expect(actions.every((action) => action.kind === 'release')).toBe(true);
    expect(detector.onIdle(endMs + 100)).toEqual([{ kind: 'release', text: CODE.slice(-1) }]);
    expect(actions.map((action) => (action.kind === 'release' ? action.text : '')).join('')).toBe(CODE.slice(0, -1));
    const enter = detector.onKey({ key: 'Enter', timeMs: endMs + 300 });
    expect(enter).toEqual({ consume: false, actions: [] });
    expect(passed).toEqual([]);
  });

  it('does not take a fast but short burst for a scan', () => {
    const { actions, passed } = feed(createWedgeDetector(), [...keysOf('1250'), 'Enter'], 5);
    expect(actions).toEqual([{ kind: 'release', text: '1250' }]);
    expect(passed).toEqual(['Enter']);
  });

  it('without a suffix a fast burst is released unless the suffix is optional', () => {
    const strict = createWedgeDetector();
    const { endMs } = feed(strict, keysOf(CODE), 5);
    expect(strict.onIdle(endMs + 90)).toEqual([{ kind: 'release', text: CODE }]);

    const lenient = createWedgeDetector({ requireSuffix: false });
    feed(lenient, keysOf(CODE), 5);
    expect(lenient.onIdle(endMs + 90)).toEqual([{ kind: 'scan', payload: CODE }]);
  });

  it('takes Tab or a configured character as the suffix, and strips a configured prefix', () => {
    const detector = createWedgeDetector({ prefix: '~', suffixKeys: ['#'] });
    expect(feed(detector, [...keysOf(`~${CODE}`), '#'], 5).actions).toEqual([{ kind: 'scan', payload: CODE }]);
    expect(feed(detector, [...keysOf(CODE), '#'], 5, 5_000).actions).toEqual([{ kind: 'release', text: CODE }]);
    const tab = createWedgeDetector();
    expect(feed(tab, [...keysOf(CODE), 'Tab'], 5).actions).toEqual([{ kind: 'scan', payload: CODE }]);
  });

  it('ignores Shift pressed for capitals, and releases on a Ctrl shortcut', () => {
    const detector = createWedgeDetector();
    const keys = keysOf(CODE).flatMap((key) => (/[A-Z]/.test(key) ? ['Shift', key] : [key]));
    expect(feed(detector, [...keys, 'Enter'], 3).actions).toEqual([{ kind: 'scan', payload: CODE }]);

    feed(detector, keysOf('ABCD'), 5, 10_000);
    const paste = detector.onKey({ key: 'v', timeMs: 10_020, ctrlKey: true });
    expect(paste).toEqual({ consume: false, actions: [{ kind: 'release', text: 'ABCD' }] });
  });

  it('releases what it held before an editing key such as Backspace', () => {
    const detector = createWedgeDetector();
    feed(detector, keysOf('AB'), 5);
    expect(detector.onKey({ key: 'Backspace', timeMs: 1_010 })).toEqual({
      consume: false,
      actions: [{ kind: 'release', text: 'AB' }],
    });
  });
});
