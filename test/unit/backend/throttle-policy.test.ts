import { describe, expect, it } from 'vitest';
import { DEFAULT_CONFIG } from '../../../backend/config.js';
import { delayAfter, secondsUntil, triesBeforeWait } from '../../../backend/throttle/throttle-policy.js';

const entry = DEFAULT_CONFIG.throttle.entry;
const pin = DEFAULT_CONFIG.throttle.pin;

describe('growing waits', () => {
  it('lets four mistakes pass, then waits 30 s, doubling to the cap', () => {
    expect([1, 2, 3, 4].map((count) => delayAfter(count, entry))).toEqual([0, 0, 0, 0]);
    expect([5, 6, 7, 8, 9, 50].map((count) => delayAfter(count, entry) / 1000)).toEqual([30, 60, 120, 240, 300, 300]);
    expect([5, 9, 10, 200].map((count) => delayAfter(count, pin) / 1000)).toEqual([30, 480, 900, 900]);
  });

  it('says how many tries are left before a wait', () => {
    expect([1, 4, 5, 9].map((count) => triesBeforeWait(count, pin))).toEqual([4, 1, 0, 0]);
  });

  it('rounds the seconds to wait up, and never to zero', () => {
    const now = new Date('2026-11-22T10:00:00.000Z');
    expect(secondsUntil('2026-11-22T10:00:29.200Z', now)).toBe(30);
    expect(secondsUntil('2026-11-22T09:59:59.000Z', now)).toBe(1);
  });
});
