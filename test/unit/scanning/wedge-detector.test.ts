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
    const gaps = [3, 25, 8, 90, 2, 4, 30, 12, 5, 9, 48, 6, 3, 7, 10];
    const { actions } = feed(createWedgeDetector(), [...keysOf(CODE), 'Enter'], gaps);
    expect(actions).toEqual([{ kind: 'scan', payload: CODE }]);
  });

  it('keeps a scan whole through one pause of a busy machine, and starts a new burst after', () => {
    const gaps = [5, 5, 5, 5, 450, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5];
    const detector = createWedgeDetector();
    const { actions } = feed(detector, [...keysOf(CODE), 'Enter'], gaps);
    expect(actions).toEqual([{ kind: 'scan', payload: CODE }]);
    expect(detector.onKey({ key: 'A', timeMs: 60_000 }).startsBurst).toBe(true);
  });

  it('hands human typing back to the focused control, and Enter still reaches it', () => {
    const detector = createWedgeDetector();
    const { actions, passed, endMs } = feed(detector, keysOf(CODE), 150);
    expect(actions).toEqual([]);
    expect(passed).toEqual([]);
    const enter = detector.onKey({ key: 'Enter', timeMs: endMs + 150 });
    expect(enter).toEqual({
      consume: false,
      startsBurst: false,
      endsBurst: true,
      actions: [{ kind: 'release', text: CODE }],
    });
  });

  it('releases typing once the typist pauses', () => {
    const detector = createWedgeDetector();
    const { actions, endMs } = feed(detector, keysOf('AB12CD34'), [120, 90, 400, 110, 150, 130, 100]);
    expect(actions).toEqual([{ kind: 'release', text: 'AB1' }]);
    expect(detector.idleAfterMs()).toBe(300);
    expect(detector.onIdle(endMs + 300)).toEqual([{ kind: 'release', text: '2CD34' }]);
  });

  it('does not take a fast but short burst for a scan', () => {
    const { actions, passed } = feed(createWedgeDetector(), [...keysOf('1250'), 'Enter'], 5);
    expect(actions).toEqual([{ kind: 'release', text: '1250' }]);
    expect(passed).toEqual(['Enter']);
  });

  it('without a suffix a fast burst is released unless the suffix is optional', () => {
    const strict = createWedgeDetector();
    const { endMs } = feed(strict, keysOf(CODE), 5);
    expect(strict.onIdle(endMs + 500)).toEqual([{ kind: 'release', text: CODE }]);

    const lenient = createWedgeDetector({ requireSuffix: false });
    feed(lenient, keysOf(CODE), 5);
    expect(lenient.onIdle(endMs + 500)).toEqual([{ kind: 'scan', payload: CODE }]);
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
    expect(paste).toEqual({ consume: false, startsBurst: false, actions: [{ kind: 'release', text: 'ABCD' }] });
  });

  it('releases what it held before an editing key such as Backspace', () => {
    const detector = createWedgeDetector();
    feed(detector, keysOf('AB'), 5);
    expect(detector.onKey({ key: 'Backspace', timeMs: 1_010 })).toEqual({
      consume: false,
      startsBurst: false,
      actions: [{ kind: 'release', text: 'AB' }],
    });
  });
});
