import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { Store } from '../../../shared/backend-api.js';
import { codeFromRandom } from '../../../shared/claim-code.js';
import { cardDecline } from '../../../backend/cards/card-rules.js';
import { parseCardCode } from '../../../backend/cards/card-code.js';
import type { CardRow } from '../../../backend/cards/card.repository.js';

const store: Store = {
  id: 'sto_1',
  name: 'S',
  address: '',
  region: 'US',
  currency: 'USD',
  timezone: 'UTC',
  locale: 'en-US',
};
const now = new Date('2026-06-01T12:00:00.000Z');
const card: CardRow = {
  id: 'crd_1',
  code_hmac: 'h',
  last4: 'HRD4',
  requires_check: 1,
  status: 'active',
  frozen_reason: null,
  currency: 'USD',
  region: 'US',
  balance_minor: 500,
  face_value_minor: 500,
  expires_at: null,
  activated_at: null,
  last_activity_at: '2026-05-01T10:00:00.000Z',
  created_at: '2026-01-01T00:00:00.000Z',
  ledger_seq: 1,
  ledger_hash: null,
};

describe('cardDecline', () => {
  it('lets an active card of the store’s region and currency through', () => {
    expect(cardDecline(card, store, now)).toBeNull();
  });

  it('names each reason a card cannot be redeemed', () => {
    const cases: Array<[Partial<CardRow>, string]> = [
      [{ status: 'inactive' }, 'card_not_active'],
      [{ status: 'frozen', frozen_reason: 'lost' }, 'card_frozen'],
      [{ status: 'closed' }, 'card_closed'],
      [{ expires_at: '2026-06-01T11:59:59.000Z' }, 'card_expired'],
      [{ region: 'CA' }, 'region_mismatch'],
      [{ currency: 'CAD' }, 'currency_mismatch'],
      [{ balance_minor: 0 }, 'card_empty'],
    ];
    for (const [change, code] of cases) expect(cardDecline({ ...card, ...change }, store, now)?.code).toBe(code);
  });

  it('gives the screen what it needs: when an empty card was last used', () => {
    expect(cardDecline({ ...card, balance_minor: 0 }, store, now)?.details).toEqual({
      last4: 'HRD4',
      lastActivityAt: '2026-05-01T10:00:00.000Z',
    });
  });

  it('does not treat a future expiry as expired', () => {
    expect(cardDecline({ ...card, expires_at: '2027-01-01T00:00:00.000Z' }, store, now)).toBeNull();
  });
});

describe('parseCardCode', () => {
  const key = randomBytes(32);
  it('accepts valid and legacy codes, flags a failed check, refuses the rest', () => {
    const code = codeFromRandom(randomBytes(14));
    expect(parseCardCode(key, code)).toMatchObject({ ok: true, failedCheck: false });
    expect(parseCardCode(key, 'LEGACY1234')).toMatchObject({ ok: true, failedCheck: false });
    const broken = code.slice(0, -1) + (code.endsWith('0') ? '1' : '0');
    expect(parseCardCode(key, broken)).toMatchObject({ ok: true, failedCheck: true });
    expect(parseCardCode(key, 'ABC')).toEqual({ ok: false });
    expect(parseCardCode(key, 'ÄÖÜ-1234-5678')).toEqual({ ok: false });
  });
});
