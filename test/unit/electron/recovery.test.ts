import { randomUUID } from 'node:crypto';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { BackendClient } from '../../../electron/host/backend-client.js';
import { silentLogger } from '../../../electron/host/logger.js';
import {
  openOutbox,
  outboxPath,
  replayOutbox,
  type Outbox,
  type TenderFacts,
} from '../../../electron/host/tenders/outbox.js';
import { createRecovery, type RecoveryTimers } from '../../../electron/host/tenders/recovery.js';
import type { Outcome } from '../../../shared/terminal-api.js';
import { redemptionAnswer } from './backend-fixtures.js';

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0)) await cleanup();
});

type ByKey = BackendClient['redemptionByKey'];
type Reverse = BackendClient['reverse'];

async function setUp(byKey: ByKey, reverse: Reverse, random = () => 0) {
  const dir = await mkdtemp(join(tmpdir(), 'tillcard-recovery-'));
  const outbox = await openOutbox(dir);
  cleanups.push(async () => {
    await outbox.close();
    await rm(dir, { recursive: true, force: true });
  });
  const delaysMs: number[] = [];
  let due: (() => void)[] = [];
  const timers: RecoveryTimers = {
    setTimeout: (run, delayMs) => {
      delaysMs.push(delayMs);
      due.push(run);
      return run;
    },
    clearTimeout: () => undefined,
  };
  const outcomes: Outcome[] = [];
  const calls = { byKey: 0, reverse: 0 };
  const client = {
    redemptionByKey: (key: string) => {
      calls.byKey += 1;
      return byKey(key);
    },
    reverse: (body: { idempotencyKey: string }) => {
      calls.reverse += 1;
      return reverse(body);
    },
  } as unknown as BackendClient;
  const recovery = createRecovery({
    outbox,
    logger: silentLogger(),
    client,
    now: () => new Date(),
    isInFlight: () => false,
    onOutcome: (outcome) => outcomes.push(outcome),
    timers,
    random,
  });
  const fire = async () => {
    const running = due;
    due = [];
    for (const run of running) run();
    await recovery.resolveAll();
  };
  return { dir, outbox, recovery, outcomes, calls, delaysMs, fire };
}

async function unknownTender(outbox: Outbox): Promise<TenderFacts> {
  const facts = {
    tenderId: randomUUID(),
    idempotencyKey: randomUUID(),
    amountMinor: 1250,
    currency: 'USD',
    last4: 'ZCP5',
  };
  await outbox.markSending(facts);
  await outbox.markUnknown(facts);
  return facts;
}

const unreachable = { ok: false as const, error: { code: 'backend_unreachable' as const, message: 'down' } };
const notFound = { ok: false as const, error: { code: 'not_found' as const, message: 'no such key' } };

describe('recovery of lost answers', () => {
  it('applied under the key: approved, written to the outbox, announced', async () => {
    const rig = await setUp(
      async (key) => ({ ok: true, value: { status: 'applied', redemption: redemptionAnswer(key).redemption } }),
      async () => ({ ok: true, value: { status: 'not_applied' } }),
    );
    const facts = await unknownTender(rig.outbox);
    const entry = await rig.recovery.resolve(facts.tenderId);
    expect(entry).toMatchObject({ state: 'applied', recovered: true, redemption: { amountMinor: 1250 } });
    expect(rig.outcomes.map((outcome) => outcome.state)).toEqual(['checking', 'applied']);
    expect(rig.calls.reverse).toBe(0);
    expect(rig.recovery.resolved()).toHaveLength(1);
  });

  it('not found: reversed by key (tombstone), nothing charged', async () => {
    const rig = await setUp(
      async () => notFound,
      async () => ({ ok: true, value: { status: 'not_applied' } }),
    );
    const facts = await unknownTender(rig.outbox);
    const entry = await rig.recovery.resolve(facts.tenderId);
    expect(entry).toMatchObject({ state: 'reversed', moneyReturned: false });
    const lines = await replayOutbox(outboxPath(rig.dir));
    expect(lines.get(facts.tenderId)?.state).toBe('reversed');
    expect(rig.outcomes.at(-1)?.state).toBe('reversed');
  });

  it('backend unreachable: stays pending, asks again with doubling back-off, settles when it is back', async () => {
    let up = false;
    const rig = await setUp(
      async () => (up ? notFound : unreachable),
      async () => (up ? { ok: true, value: { status: 'not_applied' } } : unreachable),
    );
    const facts = await unknownTender(rig.outbox);
    expect((await rig.recovery.resolve(facts.tenderId))?.state).toBe('unknown');
    expect(rig.outcomes.at(-1)?.state).toBe('unknown');
    rig.recovery.schedule();
    await rig.fire();
    await rig.fire();
    expect(rig.delaysMs).toEqual([500, 1_000, 2_000]);
    expect(rig.outbox.pending()).toHaveLength(1);
    up = true;
    await rig.fire();
    expect(rig.outbox.pending()).toHaveLength(0);
    expect(rig.outbox.latest(facts.tenderId)?.state).toBe('reversed');
    expect(rig.delaysMs).toHaveLength(3);
  });

  it('retries of every terminal are spread: each wait loses up to a fifth at random', async () => {
    const rig = await setUp(
      async () => unreachable,
      async () => unreachable,
      () => 0.5,
    );
    await unknownTender(rig.outbox);
    rig.recovery.schedule();
    await rig.fire();
    await rig.fire();
    expect(rig.delaysMs).toEqual([450, 900, 1_800]);
  });

  it('a reversal cut short by a restart is sent again, without asking first', async () => {
    const rig = await setUp(
      async () => {
        throw new Error('must not ask: the reversal was decided');
      },
      async () => ({ ok: true, value: { status: 'reversed' } }),
    );
    const facts = await unknownTender(rig.outbox);
    await rig.outbox.markReversing(facts);
    const entry = await rig.recovery.resolve(facts.tenderId);
    expect(entry).toMatchObject({ state: 'reversed', moneyReturned: true });
    expect(rig.calls).toEqual({ byKey: 0, reverse: 1 });
  });

  it('reads outbox lines written before the recovery states existed', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'tillcard-recovery-old-'));
    cleanups.push(() => rm(dir, { recursive: true, force: true }));
    const old = { tenderId: 't-1', idempotencyKey: 'k-1', amountMinor: 100, currency: 'USD', last4: 'ABCD' };
    await writeFile(
      outboxPath(dir),
      `${JSON.stringify({ ...old, at: '2026-11-22T00:00:00.000Z', state: 'sending' })}\n` +
        `${JSON.stringify({ ...old, at: '2026-11-22T00:00:01.000Z', state: 'unknown' })}\n`,
    );
    const outbox = await openOutbox(dir);
    cleanups.push(() => outbox.close());
    expect(outbox.pending().map((entry) => entry.state)).toEqual(['unknown']);
  });
});
