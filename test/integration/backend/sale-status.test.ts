/**
 * What a terminal asks after a lost sale answer: the status of its key (terminal key only, before
 * anyone signs in), and a cancellation that leaves a tombstone so a late copy cannot credit a card.
 */
import { randomUUID } from 'node:crypto';
import { afterAll, afterEach, beforeAll, expect, it } from 'vitest';
import {
  apiClient,
  cardBalance,
  describeEachDialect,
  ledgerMismatches,
  signedIn,
  startTestBackend,
  type ApiClient,
  type SeededStore,
  type TestBackend,
} from '../../fixtures/backend/index.js';

describeEachDialect('the status and cancellation of a sale key', (dialect) => {
  let backend: TestBackend;
  let seeded: SeededStore;
  let counter: ApiClient;
  let terminal: ApiClient;
  let otherTerminal: ApiClient;

  beforeAll(async () => {
    backend = await startTestBackend({ dialect });
    seeded = await backend.seed.store();
    counter = (await signedIn(backend.url, seeded.terminal.key, seeded.cashier)).api;
    terminal = apiClient(backend.url, { key: seeded.terminal.key });
    otherTerminal = apiClient(backend.url, { key: seeded.otherTerminal.key });
  });
  afterEach(async () => {
    expect(await ledgerMismatches(backend.database)).toEqual([]);
  });
  afterAll(async () => {
    await backend?.close();
  });

  const stockCard = () => backend.seed.card(seeded.store, 0, { status: 'inactive' });
  const byKey = (client: ApiClient, key: string) => client.get(`/v1/sales/by-key/${key}`);

  it('answers an applied key with the sale as first answered, to its own terminal only', async () => {
    const card = await stockCard();
    const idempotencyKey = randomUUID();
    const sold = await counter.post('/v1/activations', {
      code: card.code,
      amountMinor: 2000,
      currency: 'USD',
      idempotencyKey,
    });
    expect(sold.status, sold.text).toBe(201);
    const status = await byKey(terminal, idempotencyKey);
    expect(status.status, status.text).toBe(200);
    expect(status.body).toEqual({ status: 'applied', sale: (sold.body as { sale: unknown }).sale });
    expect(status.text).not.toContain(card.code);
    expect(await byKey(otherTerminal, idempotencyKey)).toMatchObject({
      status: 404,
      body: { error: { code: 'not_found' } },
    });
    // Cancelling an applied key takes nothing back: the sale is the answer.
    const cancel = await terminal.post('/v1/sales/cancellations', { idempotencyKey, kind: 'activate' });
    expect(cancel).toMatchObject({ status: 200, body: { status: 'applied', sale: { idempotencyKey } } });
    expect(await cardBalance(backend.database, card.id)).toBe(2000);
  });

  it('cancels an unseen key for good: a late copy of the request is refused and credits nothing', async () => {
    const card = await stockCard();
    const idempotencyKey = randomUUID();
    expect(await byKey(terminal, idempotencyKey)).toMatchObject({ status: 404 });
    const cancel = await terminal.post('/v1/sales/cancellations', { idempotencyKey, kind: 'activate' });
    expect(cancel).toMatchObject({ status: 200, body: { status: 'cancelled', sale: null } });
    const again = await terminal.post('/v1/sales/cancellations', { idempotencyKey, kind: 'activate' });
    expect(again.body).toEqual(cancel.body);
    const late = await counter.post('/v1/activations', {
      code: card.code,
      amountMinor: 2000,
      currency: 'USD',
      idempotencyKey,
    });
    expect(late).toMatchObject({ status: 409, body: { error: { code: 'key_reversed' } } });
    expect(await byKey(terminal, idempotencyKey)).toMatchObject({
      status: 200,
      body: { status: 'cancelled', sale: null },
    });
    expect(await cardBalance(backend.database, card.id)).toBe(0);
  });
});
