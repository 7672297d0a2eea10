/**
 * Exactly once under network faults: the real backend behind the fault proxy, the real terminal
 * host in front. For every fault the card is charged once or not at all, the host's answer says
 * which, and the ledger still replays to every balance.
 */
import { randomUUID } from 'node:crypto';
import { afterAll, afterEach, beforeAll, expect, it, vi } from 'vitest';
import {
  describeEachDialect,
  ledgerMismatches,
  startTestBackend,
  type TestBackend,
} from '../../fixtures/backend/index.js';
import { REDEEM_TIMEOUT_MS, startFaultRig, type FaultRig } from './fault-harness.js';

const AMOUNT_MINOR = 1_250;
const BALANCE_MINOR = 5_000;

describeEachDialect('redemption under network faults', (dialect) => {
  let backend: TestBackend;
  const rigs: FaultRig[] = [];

  beforeAll(async () => {
    backend = await startTestBackend({ dialect });
  });
  afterEach(async () => {
    for (const rig of rigs.splice(0)) await rig.close();
    expect(await ledgerMismatches(backend.database)).toEqual([]);
  });
  afterAll(async () => {
    await backend?.close();
  });

  async function rig(): Promise<FaultRig> {
    const made = await startFaultRig(backend, await backend.seed.store(), BALANCE_MINOR);
    rigs.push(made);
    return made;
  }

  const redemptionsSeen = (made: FaultRig) =>
    made.proxy.log.filter((entry) => entry.method === 'POST' && entry.path === '/v1/redemptions');

  const tender = (made: FaultRig) => ({
    tenderId: randomUUID(),
    code: made.card.code,
    amountMinor: AMOUNT_MINOR,
    currency: 'USD',
  });

  it('answer dropped after the commit: approved by asking the key, charged once', async () => {
    const made = await rig();
    made.proxy.addRule({ mode: 'drop-response' });
    const result = await made.host.redeem(tender(made));
    expect(result).toMatchObject({ ok: true, value: { redemption: { amountMinor: AMOUNT_MINOR } } });
    expect(await made.balance()).toBe(BALANCE_MINOR - AMOUNT_MINOR);
    expect(made.outcomes.map((outcome) => outcome.state)).toEqual(['checking', 'applied']);
    expect((await made.outboxLines()).map((line) => line.state)).toEqual(['sending', 'unknown', 'applied']);
  });

  it('request dropped: reversed by key, not charged, and a fresh tender is charged once', async () => {
    const made = await rig();
    made.proxy.addRule({ mode: 'drop-request' });
    const lost = await made.host.redeem(tender(made));
    expect(lost).toMatchObject({ ok: false, error: { code: 'not_charged' } });
    expect(await made.balance()).toBe(BALANCE_MINOR);
    expect(made.outcomes.map((outcome) => outcome.state)).toEqual(['checking', 'reversed']);

    const again = await made.host.redeem(tender(made));
    expect(again.ok).toBe(true);
    expect(await made.balance()).toBe(BALANCE_MINOR - AMOUNT_MINOR);
    const keys = new Set((await made.outboxLines()).map((line) => line.idempotencyKey));
    expect(keys.size).toBe(2);
  });

  it('request delayed past the timeout: the tombstone stops the late copy, nothing is charged', async () => {
    const made = await rig();
    made.proxy.addRule({ mode: 'delay-request', delayMs: REDEEM_TIMEOUT_MS + 1_000 });
    const lost = await made.host.redeem(tender(made));
    expect(lost).toMatchObject({ ok: false, error: { code: 'not_charged' } });
    await made.proxy.settled();
    const late = made.proxy.log.find((entry) => entry.fault === 'delay-request');
    expect(late?.upstreamStatus).toBe(409);
    expect(await made.balance()).toBe(BALANCE_MINOR);
  });

  it('answer delayed past the timeout: approved by asking the key, charged once', async () => {
    const made = await rig();
    made.proxy.addRule({ mode: 'delay-response', delayMs: REDEEM_TIMEOUT_MS + 500 });
    const result = await made.host.redeem(tender(made));
    expect(result).toMatchObject({ ok: true, value: { redemption: { amountMinor: AMOUNT_MINOR } } });
    await made.proxy.settled();
    expect(await made.balance()).toBe(BALANCE_MINOR - AMOUNT_MINOR);
  });

  it('connection cut in the middle of the answer: approved by asking the key, charged once', async () => {
    const made = await rig();
    made.proxy.addRule({ mode: 'cut-mid-body' });
    const result = await made.host.redeem(tender(made));
    expect(result).toMatchObject({ ok: true, value: { redemption: { amountMinor: AMOUNT_MINOR } } });
    expect(redemptionsSeen(made)[0]).toMatchObject({ fault: 'cut-mid-body', upstreamStatus: 201 });
    expect(await made.balance()).toBe(BALANCE_MINOR - AMOUNT_MINOR);
  });

  it('request duplicated on the way: the copy replays the first answer, charged once', async () => {
    const made = await rig();
    made.proxy.addRule({ mode: 'duplicate' });
    const result = await made.host.redeem(tender(made));
    expect(result.ok).toBe(true);
    expect(redemptionsSeen(made).map((entry) => entry.upstreamStatus)).toEqual([201, 201]);
    expect(await made.balance()).toBe(BALANCE_MINOR - AMOUNT_MINOR);
  });

  it('backend unreachable after the commit: pending and blocking, then settled by itself', async () => {
    const made = await rig();
    made.proxy.addRule({ mode: 'drop-response' });
    made.proxy.addRule({ mode: 'drop-request', method: 'GET', pathPrefix: '/v1/redemptions/by-key/' });
    const lost = await made.host.redeem(tender(made));
    made.proxy.setBlackhole(true);
    expect(lost).toMatchObject({ ok: false, error: { code: 'outcome_unknown' } });
    expect(made.outcomes.at(-1)?.state).toBe('unknown');
    const status = await made.host.getStatus({});
    expect(status).toMatchObject({
      ok: true,
      value: { pendingCount: 1, outcomes: { pending: [{ last4: made.card.last4 }] } },
    });
    expect(await made.host.closeShift({})).toMatchObject({ ok: false, error: { code: 'outcome_unknown' } });
    expect(await made.host.redeem(tender(made))).toMatchObject({ ok: false, error: { code: 'backend_unreachable' } });

    made.proxy.setBlackhole(false);
    await vi.waitFor(async () => expect(await made.host.getStatus({})).toMatchObject({ value: { pendingCount: 0 } }), {
      timeout: 20_000,
      interval: 100,
    });
    expect(made.outcomes.at(-1)).toMatchObject({ state: 'applied', redemption: { amountMinor: AMOUNT_MINOR } });
    expect(await made.balance()).toBe(BALANCE_MINOR - AMOUNT_MINOR);

    const closed = await made.host.closeShift({});
    if (!closed.ok) throw new Error(`close failed: ${closed.error.code}`);
    expect(closed.value.terminal).toMatchObject({
      resolved: [{ state: 'applied', last4: made.card.last4 }],
      reconciliation: { matched: true, terminalCount: 1, backendCount: 1, terminalMinor: AMOUNT_MINOR },
    });
  });

  it('restart with a pending tender: settled before any new redemption is sent', async () => {
    const made = await rig();
    made.proxy.addRule({ mode: 'drop-response' });
    made.proxy.setBlackhole(false);
    made.proxy.addRule({ mode: 'drop-request', method: 'GET', pathPrefix: '/v1/redemptions/by-key/' });
    const lost = await made.host.redeem(tender(made));
    expect(lost).toMatchObject({ ok: false, error: { code: 'outcome_unknown' } });

    const restarted = await made.restartHost();
    await vi.waitFor(async () => expect(await restarted.getStatus({})).toMatchObject({ value: { pendingCount: 0 } }), {
      timeout: 20_000,
      interval: 100,
    });
    const status = await restarted.getStatus({});
    expect(status).toMatchObject({ value: { outcomes: { resolved: [{ state: 'applied', last4: made.card.last4 }] } } });
    expect(await made.balance()).toBe(BALANCE_MINOR - AMOUNT_MINOR);

    const seeded = await restarted.signIn({ cashierId: made.cashier.id, pin: made.cashier.pin });
    expect(seeded.ok).toBe(true);
    expect((await restarted.redeem(tender(made))).ok).toBe(true);
    expect(await made.balance()).toBe(BALANCE_MINOR - 2 * AMOUNT_MINOR);
  });
});
