import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { DEFAULT_CONFIG } from '../../../backend/config.js';
import { cardViewSchema } from '../../../shared/backend-api.js';
import { CODE_ALPHABET, codeFromRandom, CODE_LENGTH, formatCode } from '../../../shared/claim-code.js';
import type { IssuedCard } from '../../../backend/cards/card.service.js';
import {
  apiClient,
  describeEachDialect,
  signedIn,
  startTestBackend,
  type ApiClient,
  type SeededStore,
  type TestBackend,
} from '../../fixtures/backend/index.js';

function unknownValidCode(): string {
  return codeFromRandom(randomBytes(CODE_LENGTH - 1));
}

function withWrongCheck(code: string): string {
  const last = code.slice(-1);
  const other = CODE_ALPHABET[(CODE_ALPHABET.indexOf(last) + 1) % CODE_ALPHABET.length] ?? '0';
  return code.slice(0, -1) + other;
}

describeEachDialect('card lookup', (dialect) => {
  let backend: TestBackend;
  let seeded: SeededStore;
  let api: ApiClient;
  let card: IssuedCard;

  beforeAll(async () => {
    // Enough free failures that this suite's lookups never wait (lockouts.test.ts covers waits).
    backend = await startTestBackend({
      dialect,
      config: {
        throttle: { ...DEFAULT_CONFIG.throttle, entry: { ...DEFAULT_CONFIG.throttle.entry, freeFailures: 1000 } },
      },
    });
    seeded = await backend.seed.store();
    api = (await signedIn(backend.url, seeded.terminal.key, seeded.cashier)).api;
    card = await backend.seed.card(seeded.store, 2500);
  });
  afterAll(async () => backend?.close());

  const lookup = (code: string) =>
    api.post<{ card?: unknown; error?: { code: string; details?: Record<string, unknown> } }>('/v1/cards/lookup', {
      code,
    });

  it('shows an active card: balance, currency, region and only the last 4 characters', async () => {
    const response = await lookup(card.code);
    expect(response.status).toBe(200);
    const view = cardViewSchema.parse(response.body.card);
    expect(view).toMatchObject({
      last4: card.code.slice(-4),
      status: 'active',
      balanceMinor: 2500,
      currency: 'USD',
      region: 'US',
    });
    expect(response.text).not.toContain(card.code);
  });

  it('accepts the code as people type it: grouped, lower case, with look-alike letters', async () => {
    const typed = formatCode(card.code).toLowerCase().replace(/0/g, 'o').replace(/1/g, 'l');
    expect((await lookup(typed)).status).toBe(200);
  });

  it('answers code_malformed for codes that cannot be card codes, and card_not_found for unknown ones', async () => {
    expect((await lookup('AB12')).body.error?.code).toBe('code_malformed');
    expect((await lookup('!!!!-????-####')).body.error?.code).toBe('code_malformed');
    const wrongCheck = await lookup(withWrongCheck(card.code));
    expect(wrongCheck).toMatchObject({ status: 400, body: { error: { code: 'code_malformed' } } });
    const unknown = await lookup(unknownValidCode());
    expect(unknown).toMatchObject({ status: 404, body: { error: { code: 'card_not_found' } } });
  });

  it('finds an imported legacy card by its code without a check character', async () => {
    const legacy = await backend.seed.legacyCard(seeded.store, 'LEGACY12345', 900);
    const response = await lookup('legacy-12345');
    expect(response.status).toBe(200);
    expect(cardViewSchema.parse(response.body.card)).toMatchObject({ balanceMinor: 900, last4: legacy.last4 });
  });

  it('explains every state that cannot be redeemed, with details for the screen', async () => {
    const inactive = await backend.seed.card(seeded.store, 1000, { status: 'inactive' });
    expect(await lookup(inactive.code)).toMatchObject({ status: 409, body: { error: { code: 'card_not_active' } } });

    const frozen = await backend.seed.card(seeded.store, 1000);
    await backend.database.db
      .updateTable('cards')
      .set({ status: 'frozen', frozen_reason: 'reported stolen' })
      .where('id', '=', frozen.id)
      .execute();
    expect(await lookup(frozen.code)).toMatchObject({
      status: 409,
      // What the card holds comes along, so a manager can move it at the counter.
      body: {
        error: {
          code: 'card_frozen',
          details: {
            reason: 'reported stolen',
            last4: frozen.last4,
            balanceMinor: 1000,
            currency: 'USD',
            region: 'US',
          },
        },
      },
    });

    const closed = await backend.seed.card(seeded.store, 1000);
    await backend.database.db.updateTable('cards').set({ status: 'closed' }).where('id', '=', closed.id).execute();
    expect(await lookup(closed.code)).toMatchObject({ status: 409, body: { error: { code: 'card_closed' } } });

    const expired = await backend.seed.card(seeded.store, 1000, { expiresAt: '2020-01-01T00:00:00.000Z' });
    expect(await lookup(expired.code)).toMatchObject({ status: 409, body: { error: { code: 'card_expired' } } });

    const canadian = await backend.seed.card(seeded.store, 1000, { region: 'CA' });
    expect(await lookup(canadian.code)).toMatchObject({
      status: 409,
      body: { error: { code: 'region_mismatch', details: { cardRegion: 'CA', cardCurrency: 'USD' } } },
    });

    const euro = await backend.seed.card(seeded.store, 1000, { currency: 'EUR' });
    expect(await lookup(euro.code)).toMatchObject({
      status: 409,
      body: { error: { code: 'currency_mismatch', details: { cardRegion: 'US', cardCurrency: 'EUR' } } },
    });
  });

  it('says when a card is used up and when it was last used', async () => {
    const used = await backend.seed.card(seeded.store, 700);
    const redeemed = await api.post('/v1/redemptions', {
      code: used.code,
      currency: 'USD',
      idempotencyKey: `empty-${used.id}`,
    });
    expect(redeemed.status).toBe(201);
    const response = await lookup(used.code);
    expect(response).toMatchObject({ status: 409, body: { error: { code: 'card_empty' } } });
    const lastActivityAt = response.body.error?.details?.lastActivityAt;
    expect(typeof lastActivityAt).toBe('string');
    expect(Date.parse(String(lastActivityAt))).toBeGreaterThan(Date.now() - 60_000);
  });

  it('needs a signed-in cashier on this terminal', async () => {
    const keyOnly = apiClient(backend.url, { key: seeded.terminal.key });
    expect(await keyOnly.post('/v1/cards/lookup', { code: card.code })).toMatchObject({
      status: 401,
      body: { error: { code: 'unauthorized' } },
    });
    const { session } = await signedIn(backend.url, seeded.terminal.key, seeded.cashier);
    const otherTerminal = apiClient(backend.url, { key: seeded.otherTerminal.key, token: session.token });
    expect((await otherTerminal.post('/v1/cards/lookup', { code: card.code })).status).toBe(401);
  });

  it('rejects a request body that is not a lookup', async () => {
    expect(await api.post('/v1/cards/lookup', {})).toMatchObject({
      status: 400,
      body: { error: { code: 'bad_request' } },
    });
    expect(await api.post('/v1/cards/lookup', { code: card.code, pin: '1234' })).toMatchObject({
      status: 400,
      body: { error: { code: 'bad_request' } },
    });
  });
});

describeEachDialect('session expiry', (dialect) => {
  let backend: TestBackend;
  let offsetMs = 0;

  beforeAll(async () => {
    backend = await startTestBackend({ dialect, clock: { now: () => new Date(Date.now() + offsetMs) } });
  });
  afterAll(async () => backend?.close());

  it('answers session_expired once the session is older than its lifetime', async () => {
    const seeded = await backend.seed.store();
    const card = await backend.seed.card(seeded.store, 100);
    const { api } = await signedIn(backend.url, seeded.terminal.key, seeded.cashier);
    expect((await api.post('/v1/cards/lookup', { code: card.code })).status).toBe(200);
    offsetMs = backend.ctx.config.sessionTtlMs + 1000;
    expect(await api.post('/v1/cards/lookup', { code: card.code })).toMatchObject({
      status: 401,
      body: { error: { code: 'session_expired' } },
    });
  });
});
