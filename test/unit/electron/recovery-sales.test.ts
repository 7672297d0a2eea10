/**
 * Settling a sale whose answer was lost: the sale's own status and cancellation by key (never a
 * redemption's by-key or reversal), the answer written to the outbox, and outbox lines from before
 * sales went through it still read as redemptions.
 */
import { randomUUID } from 'node:crypto';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, expect, it } from 'vitest';
import type { BackendClient } from '../../../electron/host/backend-client.js';
import { silentLogger } from '../../../electron/host/logger.js';
import {
  kindOf,
  openOutbox,
  outboxPath,
  replayOutbox,
  type TenderFacts,
} from '../../../electron/host/tenders/outbox.js';
import { createRecovery } from '../../../electron/host/tenders/recovery.js';
import type { Sale } from '../../../shared/sales-api.js';
import type { Outcome, Result } from '../../../shared/terminal-api.js';

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0)) await cleanup();
});

type Status = Result<{ status: 'applied' | 'cancelled'; sale: Sale | null }>;

const sale = (key: string): Sale => ({
  id: 'act_1',
  kind: 'activate',
  idempotencyKey: key,
  amountMinor: 2_500,
  balanceAfterMinor: 2_500,
  currency: 'USD',
  card: { last4: 'ZCP5' },
  storeId: 'sto_1',
  terminalId: 'trm_1',
  cashierId: '1001',
  shiftId: 'shf_1',
  managerId: null,
  reason: null,
  createdAt: '2026-11-22T15:30:00.000Z',
});
const notFound: Status = { ok: false, error: { code: 'not_found', message: 'nothing under this key' } };
const unreachable: Status = { ok: false, error: { code: 'backend_unreachable', message: 'no answer' } };

async function setUp(byKey: (key: string) => Status, cancel: (key: string) => Status) {
  const dir = await mkdtemp(join(tmpdir(), 'tillcard-recovery-sales-'));
  const outbox = await openOutbox(dir);
  cleanups.push(async () => {
    await outbox.close();
    await rm(dir, { recursive: true, force: true });
  });
  const calls: string[] = [];
  const outcomes: Outcome[] = [];
  const client = {
    saleByKey: async (key: string) => (calls.push('saleByKey'), byKey(key)),
    cancelSale: async (body: { idempotencyKey: string; kind: string }) => (
      calls.push(`cancel ${body.kind}`),
      cancel(body.idempotencyKey)
    ),
    redemptionByKey: async () => (calls.push('redemptionByKey'), notFound),
    reverse: async () => (calls.push('reverse'), notFound),
  } as unknown as BackendClient;
  const recovery = createRecovery({
    outbox,
    logger: silentLogger(),
    client,
    now: () => new Date(),
    isInFlight: () => false,
    onOutcome: (outcome) => outcomes.push(outcome),
  });
  const facts: TenderFacts = {
    tenderId: randomUUID(),
    kind: 'activate',
    idempotencyKey: randomUUID(),
    amountMinor: 2_500,
    currency: 'USD',
    last4: 'ZCP5',
  };
  await outbox.markSending(facts);
  await outbox.markUnknown(facts);
  return { dir, outbox, recovery, calls, facts, outcomes };
}

it('a sale applied under its key becomes applied with the backend’s sale', async () => {
  const { outbox, recovery, calls, facts, dir, outcomes } = await setUp(
    (key) => ({ ok: true, value: { status: 'applied', sale: sale(key) } }),
    () => notFound,
  );
  const settled = await recovery.resolve(facts.tenderId);
  expect(settled).toMatchObject({
    state: 'applied',
    kind: 'activate',
    recovered: true,
    sale: { idempotencyKey: facts.idempotencyKey },
  });
  expect(calls).toEqual(['saleByKey']);
  expect(outbox.pending()).toEqual([]);
  expect((await replayOutbox(outboxPath(dir))).get(facts.tenderId)).toMatchObject({
    state: 'applied',
    sale: { id: 'act_1' },
  });
  // The screen hears a sale, not a redemption: money went on the card.
  expect(outcomes).toMatchObject([
    { state: 'checking', kind: 'activate' },
    { state: 'applied', kind: 'activate', sale: { id: 'act_1' } },
  ]);
  expect(outcomes[1]?.redemption).toBeUndefined();
});

it('a key nothing was applied under is cancelled with the sale’s kind, never reversed as a redemption', async () => {
  const { recovery, calls, facts } = await setUp(
    () => notFound,
    () => ({ ok: true, value: { status: 'cancelled', sale: null } }),
  );
  expect(await recovery.resolve(facts.tenderId)).toMatchObject({ state: 'reversed', moneyReturned: false });
  expect(calls).toEqual(['saleByKey', 'cancel activate']);
});

it('a cancellation that finds the key applied after all keeps the sale: applied, nothing taken back', async () => {
  const { recovery, facts } = await setUp(
    () => notFound,
    (key) => ({ ok: true, value: { status: 'applied', sale: sale(key) } }),
  );
  expect(await recovery.resolve(facts.tenderId)).toMatchObject({ state: 'applied', sale: { amountMinor: 2_500 } });
});

it('an unreachable backend during the cancellation leaves it pending as reversing, asked again later', async () => {
  let cancelAnswer: Status = unreachable;
  const { outbox, recovery, calls, facts } = await setUp(
    () => notFound,
    () => cancelAnswer,
  );
  expect(await recovery.resolve(facts.tenderId)).toMatchObject({ state: 'reversing' });
  expect(outbox.pending()).toHaveLength(1);
  cancelAnswer = { ok: true, value: { status: 'cancelled', sale: null } };
  expect(await recovery.resolve(facts.tenderId)).toMatchObject({ state: 'reversed' });
  // A tender already reversing goes straight to the cancellation: its key is not asked about again.
  expect(calls).toEqual(['saleByKey', 'cancel activate', 'cancel activate']);
});

it('reads lines written before sales went through the outbox as redemptions', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'tillcard-outbox-old-'));
  cleanups.push(() => rm(dir, { recursive: true, force: true }));
  const old = {
    tenderId: 't-1',
    idempotencyKey: 'k-1',
    amountMinor: 100,
    currency: 'USD',
    last4: 'ZCP5',
    at: '2026-11-01T00:00:00.000Z',
    state: 'unknown',
  };
  await writeFile(outboxPath(dir), `${JSON.stringify(old)}\n`);
  const entry = (await replayOutbox(outboxPath(dir))).get('t-1');
  expect(entry).toMatchObject({ state: 'unknown' });
  expect(entry && kindOf(entry)).toBe('redeem');
});
