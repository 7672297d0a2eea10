/**
 * Sales at the till exactly once under network faults: the real backend behind the fault proxy,
 * the real terminal host in front. An activation, a load or a refund whose answer is lost is
 * settled by asking the backend for its key — credited once or not at all, and the host's answer
 * says which — a request that never arrived is cancelled so a late copy cannot credit the card,
 * and a restart settles what was left pending. The ledger replays to every balance after each.
 */
import { randomUUID } from 'node:crypto';
import { afterAll, afterEach, beforeAll, expect, it, vi } from 'vitest';
import { updateSaleSettings } from '../../../backend/sales/sale-settings.js';
import {
  cardBalance,
  describeEachDialect,
  ledgerMismatches,
  startTestBackend,
  type SeededStore,
  type TestBackend,
} from '../../fixtures/backend/index.js';
import { REDEEM_TIMEOUT_MS, startFaultRig, type FaultRig } from './fault-harness.js';

const AMOUNT_MINOR = 2_500;
const BALANCE_MINOR = 5_000;

describeEachDialect('sales at the till under network faults', (dialect) => {
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

  async function rig(): Promise<{ made: FaultRig; seeded: SeededStore }> {
    const seeded = await backend.seed.store();
    await updateSaleSettings(backend.ctx, seeded.store.id, { reloadAllowed: true });
    const made = await startFaultRig(backend, seeded, BALANCE_MINOR);
    rigs.push(made);
    return { made, seeded };
  }

  const stockCard = (seeded: SeededStore) => backend.seed.card(seeded.store, 0, { status: 'inactive' });
  const cardStatus = async (cardId: string) =>
    (await backend.database.db.selectFrom('cards').select('status').where('id', '=', cardId).executeTakeFirstOrThrow())
      .status;
  const saleCalls = (made: FaultRig, path: string) =>
    made.proxy.log.filter((entry) => entry.method === 'POST' && entry.path === path);
  const sale = (code: string) => ({ saleId: randomUUID(), code, amountMinor: AMOUNT_MINOR, currency: 'USD' });

  it('activation answer dropped after the commit: approved by asking the key, credited once', async () => {
    const { made, seeded } = await rig();
    const card = await stockCard(seeded);
    made.proxy.addRule({ mode: 'drop-response', pathPrefix: '/v1/activations' });
    const input = sale(card.code);
    const result = await made.host.activateCard(input);
    expect(result).toMatchObject({ ok: true, value: { sale: { kind: 'activate', balanceAfterMinor: AMOUNT_MINOR } } });
    expect(await cardBalance(backend.database, card.id)).toBe(AMOUNT_MINOR);
    expect(await cardStatus(card.id)).toBe('active');
    expect(made.outcomes.map((outcome) => outcome.state)).toEqual(['checking', 'applied']);
    const lines = await made.outboxLines();
    expect(lines.map((line) => line.state)).toEqual(['sending', 'unknown', 'applied']);
    expect(lines.every((line) => line.kind === 'activate' && !JSON.stringify(line).includes(card.code))).toBe(true);

    // The screen asking again for the same sale is answered from the outbox: nothing is sent.
    expect(await made.host.activateCard(input)).toMatchObject({
      ok: true,
      value: { sale: { id: result.ok ? result.value.sale.id : '' } },
    });
    expect(saleCalls(made, '/v1/activations')).toHaveLength(1);
    expect(await cardBalance(backend.database, card.id)).toBe(AMOUNT_MINOR);
  });

  it('load answer cut mid-body: approved by asking the key, loaded once', async () => {
    const { made } = await rig();
    made.proxy.addRule({ mode: 'cut-mid-body', pathPrefix: '/v1/loads' });
    const result = await made.host.loadCard(sale(made.card.code));
    expect(result).toMatchObject({ ok: true, value: { sale: { kind: 'load', amountMinor: AMOUNT_MINOR } } });
    expect(saleCalls(made, '/v1/loads')[0]).toMatchObject({ fault: 'cut-mid-body', upstreamStatus: 201 });
    expect(await made.balance()).toBe(BALANCE_MINOR + AMOUNT_MINOR);
  });

  it('refund answer delayed past the timeout: approved by asking the key, credited once', async () => {
    const { made, seeded } = await rig();
    made.proxy.addRule({ mode: 'delay-response', pathPrefix: '/v1/refunds', delayMs: REDEEM_TIMEOUT_MS + 500 });
    const approval = { managerId: seeded.manager.id, managerPin: seeded.manager.pin, reason: 'returned blender' };
    const result = await made.host.refundToCard({ ...sale(made.card.code), ...approval });
    expect(result).toMatchObject({
      ok: true,
      value: { sale: { kind: 'refund', managerId: seeded.manager.id, reason: 'returned blender' } },
    });
    await made.proxy.settled();
    expect(await made.balance()).toBe(BALANCE_MINOR + AMOUNT_MINOR);
  });

  it('activation request delayed past the timeout: cancelled by key, the late copy credits nothing', async () => {
    const { made, seeded } = await rig();
    const card = await stockCard(seeded);
    made.proxy.addRule({ mode: 'delay-request', pathPrefix: '/v1/activations', delayMs: REDEEM_TIMEOUT_MS + 1_000 });
    const input = sale(card.code);
    const lost = await made.host.activateCard(input);
    expect(lost).toMatchObject({ ok: false, error: { code: 'not_charged' } });
    await made.proxy.settled();
    expect(saleCalls(made, '/v1/activations')[0]).toMatchObject({ fault: 'delay-request', upstreamStatus: 409 });
    expect(await cardStatus(card.id)).toBe('inactive');
    expect(await cardBalance(backend.database, card.id)).toBe(0);

    // Trying the same sale again is a new attempt under a new key: activated once.
    const again = await made.host.activateCard(input);
    expect(again).toMatchObject({ ok: true, value: { sale: { balanceAfterMinor: AMOUNT_MINOR } } });
    expect(new Set((await made.outboxLines()).map((line) => line.idempotencyKey)).size).toBe(2);
    expect(await cardBalance(backend.database, card.id)).toBe(AMOUNT_MINOR);
  });

  it('load request duplicated on the way: the copy replays the first answer, loaded once', async () => {
    const { made } = await rig();
    made.proxy.addRule({ mode: 'duplicate', pathPrefix: '/v1/loads' });
    expect((await made.host.loadCard(sale(made.card.code))).ok).toBe(true);
    expect(saleCalls(made, '/v1/loads').map((entry) => entry.upstreamStatus)).toEqual([201, 201]);
    expect(await made.balance()).toBe(BALANCE_MINOR + AMOUNT_MINOR);
  });

  it('restart with a pending activation: blocking while unknown, settled by the new run, credited once', async () => {
    const { made, seeded } = await rig();
    const card = await stockCard(seeded);
    made.proxy.addRule({ mode: 'drop-response', pathPrefix: '/v1/activations' });
    made.proxy.addRule({ mode: 'drop-request', method: 'GET', pathPrefix: '/v1/sales/by-key/' });
    const lost = await made.host.activateCard(sale(card.code));
    expect(lost).toMatchObject({ ok: false, error: { code: 'outcome_unknown' } });
    made.proxy.setBlackhole(true);
    expect(await made.host.getStatus({})).toMatchObject({ value: { pendingCount: 1 } });
    // Nothing new leaves while the activation's outcome is unknown, a redemption no more than a sale.
    expect(await made.host.loadCard(sale(made.card.code))).toMatchObject({
      ok: false,
      error: { code: 'backend_unreachable' },
    });
    expect(await made.host.closeShift({})).toMatchObject({ ok: false, error: { code: 'outcome_unknown' } });

    const restarted = await made.restartHost();
    made.proxy.setBlackhole(false);
    await vi.waitFor(async () => expect(await restarted.getStatus({})).toMatchObject({ value: { pendingCount: 0 } }), {
      timeout: 20_000,
      interval: 100,
    });
    expect(await restarted.getStatus({})).toMatchObject({
      value: { outcomes: { resolved: [{ state: 'applied', last4: card.last4 }] } },
    });
    expect(await cardBalance(backend.database, card.id)).toBe(AMOUNT_MINOR);
    expect(await cardStatus(card.id)).toBe('active');

    expect((await restarted.signIn({ cashierId: made.cashier.id, pin: made.cashier.pin })).ok).toBe(true);
    expect((await restarted.loadCard(sale(card.code))).ok).toBe(true);
    expect(await cardBalance(backend.database, card.id)).toBe(2 * AMOUNT_MINOR);
    expect(saleCalls(made, '/v1/activations')).toHaveLength(1);
  });

  it('restart with a refund that never reached the backend: cancelled by key, nothing credited', async () => {
    const { made, seeded } = await rig();
    made.proxy.addRule({ mode: 'drop-request', pathPrefix: '/v1/refunds' });
    made.proxy.addRule({ mode: 'drop-request', method: 'GET', pathPrefix: '/v1/sales/by-key/' });
    const approval = { managerId: seeded.manager.id, managerPin: seeded.manager.pin, reason: 'returned lamp' };
    const lost = await made.host.refundToCard({ ...sale(made.card.code), ...approval });
    expect(lost).toMatchObject({ ok: false, error: { code: 'outcome_unknown' } });

    const restarted = await made.restartHost();
    await vi.waitFor(async () => expect(await restarted.getStatus({})).toMatchObject({ value: { pendingCount: 0 } }), {
      timeout: 20_000,
      interval: 100,
    });
    expect(await restarted.getStatus({})).toMatchObject({
      value: { outcomes: { resolved: [{ state: 'reversed', last4: made.card.last4 }] } },
    });
    expect((await made.outboxLines()).map((line) => line.state)).toEqual([
      'sending',
      'unknown',
      'reversing',
      'reversed',
    ]);
    expect(await made.balance()).toBe(BALANCE_MINOR);
  });
});
