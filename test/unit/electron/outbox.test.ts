import { mkdtemp, readFile, rm, appendFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Redemption } from '../../../shared/backend-api.js';
import { openOutbox, outboxPath, replayOutbox, type TenderFacts } from '../../../electron/host/tenders/outbox.js';

const CODE = 'AS25NJZ1JXCZCP5';
let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'tillcard-outbox-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

function facts(tenderId: string, idempotencyKey: string): TenderFacts {
  return { tenderId, idempotencyKey, amountMinor: 1250, currency: 'USD', last4: CODE.slice(-4) };
}

function redemption(idempotencyKey: string): Redemption {
  return {
    id: 'red_1',
    idempotencyKey,
    amountMinor: 1250,
    balanceBeforeMinor: 5000,
    balanceAfterMinor: 3750,
    currency: 'USD',
    card: { last4: 'CZP5' },
    storeId: 'st_1',
    terminalId: 'tm_1',
    cashierId: 'c_1',
    shiftId: 'sh_1',
    createdAt: '2026-11-22T00:00:00.000Z',
  };
}

describe('outbox', () => {
  it('gives one tender one key, before and after it is written, and across a restart', async () => {
    const outbox = await openOutbox(dir);
    const key = outbox.keyForTender('t-1');
    expect(outbox.keyForTender('t-1')).toBe(key);
    expect(outbox.keyForTender('t-2')).not.toBe(key);
    await outbox.markSending(facts('t-1', key));
    await outbox.close();

    const reopened = await openOutbox(dir);
    expect(reopened.keyForTender('t-1')).toBe(key);
    await reopened.close();
  });

  it('appends one line per state and replays the latest state per tender', async () => {
    const outbox = await openOutbox(dir, () => new Date('2026-11-22T01:02:03.000Z'));
    const key = outbox.keyForTender('t-1');
    await outbox.markSending(facts('t-1', key));
    await outbox.markApplied(facts('t-1', key), redemption(key));
    await outbox.markSending(facts('t-2', 'key-two-1'));
    await outbox.markUnknown(facts('t-2', 'key-two-1'));
    await outbox.markSending(facts('t-3', 'key-three'));
    await outbox.markFailed(facts('t-3', 'key-three'), 'card_empty');
    await outbox.close();

    const lines = (await readFile(outboxPath(dir), 'utf8'))
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line));
    expect(lines.map((line) => line.state)).toEqual(['sending', 'applied', 'sending', 'unknown', 'sending', 'failed']);
    expect(lines[0]).toEqual({ ...facts('t-1', key), state: 'sending', at: '2026-11-22T01:02:03.000Z' });

    const latest = await replayOutbox(outboxPath(dir));
    expect(latest.get('t-1')).toMatchObject({ state: 'applied', redemptionId: 'red_1', balanceAfterMinor: 3750 });
    expect(latest.get('t-3')).toMatchObject({ state: 'failed', errorCode: 'card_empty' });
  });

  it('never writes the full card code', async () => {
    const outbox = await openOutbox(dir);
    const key = outbox.keyForTender('t-1');
    await outbox.markSending({ ...facts('t-1', key), last4: CODE });
    await outbox.markApplied(facts('t-1', key), redemption(key));
    await outbox.close();
    const text = await readFile(outboxPath(dir), 'utf8');
    expect(text).not.toContain(CODE);
    expect(text).toContain('"last4":"CZP5"');
  });

  it('counts unknown outcomes and sends interrupted by a stop as pending', async () => {
    const outbox = await openOutbox(dir);
    await outbox.markSending(facts('t-1', 'key-one-11'));
    await outbox.markSending(facts('t-2', 'key-two-22'));
    await outbox.markUnknown(facts('t-2', 'key-two-22'));
    await outbox.markSending(facts('t-3', 'key-three3'));
    await outbox.markApplied(facts('t-3', 'key-three3'), redemption('key-three3'));
    await outbox.close();
    const reopened = await openOutbox(dir);
    expect(
      reopened
        .pending()
        .map((entry) => entry.tenderId)
        .sort(),
    ).toEqual(['t-1', 't-2']);
    await reopened.close();
  });

  it('skips a torn last line left by a crash in the middle of a write', async () => {
    const outbox = await openOutbox(dir);
    await outbox.markSending(facts('t-1', 'key-one-11'));
    await outbox.close();
    await appendFile(outboxPath(dir), '{"tenderId":"t-2","idempo');
    const reopened = await openOutbox(dir);
    expect(reopened.latest('t-1')?.state).toBe('sending');
    expect(reopened.latest('t-2')).toBeUndefined();
    await reopened.close();
  });

  it('keeps the order of concurrent appends', async () => {
    const outbox = await openOutbox(dir);
    await Promise.all(Array.from({ length: 20 }, (_, i) => outbox.markSending(facts(`t-${i}`, `key-number-${i}`))));
    await outbox.close();
    const lines = (await readFile(outboxPath(dir), 'utf8')).trim().split('\n');
    expect(lines.map((line) => JSON.parse(line).tenderId)).toEqual(Array.from({ length: 20 }, (_, i) => `t-${i}`));
  });
});
