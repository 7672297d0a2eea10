import { describe, expect, it } from 'vitest';
import { cleanFrame } from '../../../electron/host/scanner/framing.js';
import {
  MAX_READ_BYTES,
  createSerialFramer,
  type FramedRead,
  type FramerTimers,
} from '../../../electron/host/scanner/serial-framer.js';

const CODE = 'AS25NJZ1JXCZCP5';

/** A clock the test moves by hand, with the framer's one timer on it. */
function fakeClock() {
  let nowMs = 0;
  let timer: { atMs: number; callback: () => void } | null = null;
  const timers: FramerTimers = {
    now: () => nowMs,
    setTimeout: (callback, ms) => {
      timer = { atMs: nowMs + ms, callback };
      return timer;
    },
    clearTimeout: (handle) => {
      if (handle === timer) timer = null;
    },
  };
  return {
    timers,
    /** Moves the clock on, firing the timer when it falls due (late, if `lateByMs` says so). */
    advance(ms: number, lateByMs = 0) {
      nowMs += ms;
      const due = timer;
      if (due && due.atMs <= nowMs) {
        nowMs += lateByMs;
        timer = null;
        due.callback();
      }
    },
  };
}

function framer(options: { suffix?: string | null; idleMs?: number } = {}) {
  const clock = fakeClock();
  const reads: FramedRead[] = [];
  const framer = createSerialFramer(
    { suffix: options.suffix ?? null, idleMs: options.idleMs ?? 50, timers: clock.timers },
    (read) => reads.push(read),
  );
  const push = (bytes: string | number[]) =>
    framer.push(typeof bytes === 'string' ? Buffer.from(bytes, 'latin1') : Buffer.from(bytes));
  const texts = () => reads.map((read) => (read.kind === 'read' ? read.text : `<dropped ${read.bytes}>`));
  return { framer, clock, reads, push, texts };
}

describe('serial framer', () => {
  it.each([
    ['CR', '\r'],
    ['LF', '\n'],
    ['CRLF', '\r\n'],
    ['LFCR', '\n\r'],
  ])('ends a read on %s whatever the scanner was set to', (_name, ending) => {
    const { push, texts } = framer();
    push(`${CODE}${ending}${CODE}${ending}`);
    expect(texts()).toEqual([CODE, CODE]);
  });

  it('never glues an LF-terminated read to the next one (the scanner set to LF, the terminal to CR)', () => {
    const { push, texts } = framer();
    push(`]C0${CODE}\n`);
    push(`]C0${CODE}\n`);
    expect(texts()).toEqual([`]C0${CODE}`, `]C0${CODE}`]);
  });

  it('joins a read split over chunks, and ends one sent with no terminator after the pause', () => {
    const { push, clock, texts } = framer({ idleMs: 50 });
    push(CODE.slice(0, 4));
    clock.advance(10);
    push(CODE.slice(4));
    clock.advance(49);
    expect(texts()).toEqual([]);
    clock.advance(1);
    expect(texts()).toEqual([CODE]);
    // The next read starts clean.
    push(`${CODE}\r`);
    expect(texts()).toEqual([CODE, CODE]);
  });

  it('uses the configured pause', () => {
    const { push, clock, texts } = framer({ idleMs: 200 });
    push(CODE);
    clock.advance(150);
    push('X');
    clock.advance(199);
    expect(texts()).toEqual([]);
    clock.advance(1);
    expect(texts()).toEqual([`${CODE}X`]);
  });

  it('ends a read on a configured suffix too, and drops the suffix', () => {
    const { push, texts } = framer({ suffix: '#END' });
    push(`${CODE}#EN`);
    push(`D${CODE}\r`);
    expect(texts()).toEqual([CODE, CODE]);
  });

  it('drops a read longer than any barcode, once, and the next scan is whole', () => {
    const { push, clock, texts } = framer();
    const noise = Array.from({ length: 2_000 }, (_, index) => 0x20 + ((index * 37) % 95));
    push(noise.slice(0, 700));
    push(noise.slice(700));
    clock.advance(50);
    expect(texts()).toEqual(['<dropped 2000>']);
    push(`${CODE}\r`);
    expect(texts()).toEqual(['<dropped 2000>', CODE]);
  });

  it('drops an over-long read that ends with a terminator, and keeps what follows the terminator', () => {
    const { push, texts } = framer();
    push(`${'9'.repeat(MAX_READ_BYTES + 1)}\r${CODE}\r`);
    expect(texts()).toEqual([`<dropped ${MAX_READ_BYTES + 1}>`, CODE]);
    // A read of exactly the limit is a read.
    push(`${'7'.repeat(MAX_READ_BYTES)}\r`);
    expect(texts()[2]).toHaveLength(MAX_READ_BYTES);
  });

  it('gives bytes held back by a busy event loop one more pause before cutting a read', () => {
    const { push, clock, texts } = framer({ idleMs: 50 });
    push(CODE.slice(0, 8));
    // The timer fires 400 ms late: the rest of the read may be waiting unread.
    clock.advance(50, 400);
    expect(texts()).toEqual([]);
    push(`${CODE.slice(8)}\r`);
    expect(texts()).toEqual([CODE]);
    // A scanner that sends no terminator still ends its read, one pause later.
    push(CODE);
    clock.advance(50, 400);
    clock.advance(50);
    expect(texts()).toEqual([CODE, CODE]);
  });

  it('forgets half a read when the port goes away', () => {
    const { framer: serialFramer, push, clock, texts } = framer();
    push(CODE.slice(0, 6));
    serialFramer.discard();
    clock.advance(100);
    push(`${CODE}\r`);
    expect(texts()).toEqual([CODE]);
  });
});

describe('cleanFrame: what real scanners send around the data', () => {
  it.each([
    ['AIM identifier and CR (Honeywell, AIM on)', `]C0${CODE}`, `]C0${CODE}`],
    ['STX/ETX framing', `\u0002${CODE}\u0003`, CODE],
    ['STX/ETX with a printable LRC byte after ETX', `\u0002]C0${CODE}\u0003K`, `]C0${CODE}`],
    ['a Tab record suffix', `${CODE}\t`, CODE],
    ['an EOT record suffix', `${CODE}\u0004`, CODE],
    ['wake-up bytes before the first read', `\u0000\u00ff${CODE}`, CODE],
  ])('%s', (_name, frame, payload) => {
    expect(cleanFrame(frame)).toBe(payload);
  });

  it('gives nothing for a read of noise only', () => {
    expect(cleanFrame('\u0000\u00ff\u0080')).toBeNull();
    expect(cleanFrame('   ')).toBeNull();
  });
});
