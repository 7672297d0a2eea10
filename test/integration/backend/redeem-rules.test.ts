import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { checkCharacter, codeFromRandom, CODE_ALPHABET, CODE_LENGTH } from '../../../shared/claim-code.js';
import { REDEEM_RULES } from '../../../backend/cards/card-rules.js';
import {
  cardBalance,
  describeEachDialect,
  signedIn,
  startTestBackend,
  type ApiClient,
  type SeededStore,
  type TestBackend,
} from '../../fixtures/backend/index.js';

let keyCounter = 0;
const newKey = (): string => `rules-${Date.now()}-${keyCounter++}`;
const DAY_MS = 24 * 60 * 60 * 1000;

interface Card {
  id: string | null;
  code: string;
  balanceMinor: number;
}

interface RuleCase {
  name: string;
  /** The error code the cashier gets, or 'applied'. */
  expected: string;
  card: (backend: TestBackend, seeded: SeededStore, api: ApiClient) => Promise<Card>;
  request?: { amountMinor?: number; currency?: string };
}

const issued = async (
  backend: TestBackend,
  seeded: SeededStore,
  amountMinor: number,
  program?: Parameters<TestBackend['seed']['card']>[2],
): Promise<Card> => {
  const card = await backend.seed.card(seeded.store, amountMinor, program);
  return { id: card.id, code: card.code, balanceMinor: amountMinor };
};

const withStatus = async (backend: TestBackend, seeded: SeededStore, status: 'frozen' | 'closed'): Promise<Card> => {
  const card = await issued(backend, seeded, 100);
  const frozenReason = status === 'frozen' ? 'reported lost' : null;
  await backend.database.db
    .updateTable('cards')
    .set({ status, frozen_reason: frozenReason })
    .where('id', '=', card.id ?? '')
    .execute();
  return card;
};

/**
 * Every way a redemption can be declined, and the edges where it just applies. On PostgreSQL the
 * one-statement redemption decides whether money moves and the TypeScript rules say why not; a
 * rule the two disagree on shows here as a 201 where a decline was due, or a 500 (retries run
 * out) where the redemption should have applied.
 */
const CASES: RuleCase[] = [
  { name: 'full balance', expected: 'applied', card: (b, s) => issued(b, s, 700) },
  {
    name: 'the whole balance as an amount',
    expected: 'applied',
    card: (b, s) => issued(b, s, 700),
    request: { amountMinor: 700 },
  },
  {
    name: 'an expiry still ahead',
    expected: 'applied',
    card: (b, s) => issued(b, s, 700, { expiresAt: new Date(Date.now() + DAY_MS).toISOString() }),
  },
  {
    name: 'an unknown code',
    expected: 'card_not_found',
    card: async () => ({ id: null, code: codeFromRandom(randomBytes(CODE_LENGTH - 1)), balanceMinor: 0 }),
  },
  {
    name: 'a code failing its check character',
    expected: 'code_malformed',
    card: async (b, s) => {
      const card = await issued(b, s, 100);
      const payload = card.code.slice(0, -1);
      const wrong = [...CODE_ALPHABET].find((character) => character !== checkCharacter(payload)) ?? '0';
      return { ...card, code: `${payload}${wrong}` };
    },
  },
  { name: 'not activated', expected: 'card_not_active', card: (b, s) => issued(b, s, 100, { status: 'inactive' }) },
  { name: 'frozen', expected: 'card_frozen', card: (b, s) => withStatus(b, s, 'frozen') },
  { name: 'closed', expected: 'card_closed', card: (b, s) => withStatus(b, s, 'closed') },
  {
    name: 'expired',
    expected: 'card_expired',
    card: (b, s) => issued(b, s, 100, { expiresAt: new Date(Date.now() - DAY_MS).toISOString() }),
  },
  { name: 'another region', expected: 'region_mismatch', card: (b, s) => issued(b, s, 100, { region: 'GB' }) },
  {
    name: 'a card in another currency than the store’s',
    expected: 'currency_mismatch',
    card: (b, s) => issued(b, s, 100, { currency: 'EUR' }),
    request: { currency: 'EUR' },
  },
  {
    name: 'a request in another currency than the card’s',
    expected: 'currency_mismatch',
    card: (b, s) => issued(b, s, 100),
    request: { currency: 'EUR' },
  },
  {
    name: 'used up',
    expected: 'card_empty',
    card: async (b, s, api) => {
      const card = await issued(b, s, 100);
      const spent = await api.post('/v1/redemptions', { code: card.code, currency: 'USD', idempotencyKey: newKey() });
      expect(spent.status).toBe(201);
      return { ...card, balanceMinor: 0 };
    },
  },
  {
    name: 'more than the balance',
    expected: 'insufficient_funds',
    card: (b, s) => issued(b, s, 100),
    request: { amountMinor: 101 },
  },
  {
    name: 'another region and more than the balance: the region is said first',
    expected: 'region_mismatch',
    card: (b, s) => issued(b, s, 100, { region: 'GB' }),
    request: { amountMinor: 500 },
  },
];

it('has a case for every redeem rule', () => {
  const covered = new Set(CASES.map((c) => c.expected));
  for (const rule of REDEEM_RULES) expect(covered.has(rule.code), rule.code).toBe(true);
});

describeEachDialect('redeem rules', (dialect) => {
  let backend: TestBackend;
  let seeded: SeededStore;
  let api: ApiClient;

  beforeAll(async () => {
    backend = await startTestBackend({ dialect });
    seeded = await backend.seed.store();
    api = (await signedIn(backend.url, seeded.terminal.key, seeded.cashier)).api;
  });
  afterAll(async () => backend?.close());

  it.each(CASES)('$name → $expected', async (rule) => {
    const card = await rule.card(backend, seeded, api);
    const before = card.id === null ? null : await cardBalance(backend.database, card.id);
    const body = { code: card.code, currency: 'USD', idempotencyKey: newKey(), ...rule.request };
    const response = await api.post<{ error?: { code: string }; redemption?: { amountMinor: number } }>(
      '/v1/redemptions',
      body,
    );
    if (rule.expected === 'applied') {
      expect(response.status).toBe(201);
      expect(response.body.redemption?.amountMinor).toBe(rule.request?.amountMinor ?? card.balanceMinor);
      if (card.id !== null) expect(await cardBalance(backend.database, card.id)).toBe(0);
      return;
    }
    expect(response.body.error?.code).toBe(rule.expected);
    if (card.id !== null) expect(await cardBalance(backend.database, card.id)).toBe(before);
    // A decline is remembered under its key (a malformed code is not): the same request answers the same.
    const again = await api.post('/v1/redemptions', body);
    expect(again.status).toBe(response.status);
    expect(again.body).toEqual(response.body);
  });

  it('no_open_shift when the session’s shift was closed, before any card rule', async () => {
    const { api: closing, session } = await signedIn(backend.url, seeded.otherTerminal.key, seeded.cashier);
    await backend.database.db
      .updateTable('shifts')
      .set({ status: 'closed', closed_at: new Date().toISOString() })
      .where('id', '=', session.shift.id)
      .execute();
    const card = await issued(backend, seeded, 100, { region: 'GB' });
    const response = await closing.post<{ error?: { code: string } }>('/v1/redemptions', {
      code: card.code,
      currency: 'USD',
      idempotencyKey: newKey(),
    });
    expect(response.body.error?.code).toBe('no_open_shift');
  });
});
