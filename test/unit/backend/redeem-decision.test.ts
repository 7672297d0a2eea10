import { randomBytes } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { RedeemRequest, Redemption, Store } from '../../../shared/backend-api.js';
import { codeFromRandom } from '../../../shared/claim-code.js';
import type { CardRow } from '../../../backend/cards/card.repository.js';
import { parseCardCode } from '../../../backend/cards/card-code.js';
import { ApiError } from '../../../backend/http/api-error.js';
import { fillResponse, redemptionResponseTemplate } from '../../../backend/redemptions/redeem-one-statement.js';
import {
  decideRedemption,
  fingerprintRedeemRequest,
  type IdempotencyRecord,
  type RedeemState,
} from '../../../backend/redemptions/redeem.rules.js';

const serverKey = randomBytes(32);
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
const validCode = codeFromRandom([3, 1, 4, 1, 5, 9, 2, 6, 5, 3, 5, 8, 9, 7]);
const request: RedeemRequest = {
  code: validCode,
  amountMinor: 200,
  currency: 'USD',
  idempotencyKey: 'key-00000001',
};
const parsed = parseCardCode(serverKey, request.code);
const fingerprint = fingerprintRedeemRequest(serverKey, request);
const card: CardRow = {
  id: 'crd_1',
  code_hmac: 'h',
  last4: validCode.slice(-4),
  requires_check: 1,
  status: 'active',
  frozen_reason: null,
  currency: 'USD',
  region: 'US',
  balance_minor: 500,
  face_value_minor: 500,
  expires_at: null,
  activated_at: null,
  last_activity_at: null,
  created_at: '2026-01-01T00:00:00.000Z',
  ledger_seq: 1,
  ledger_hash: null,
};
const open: RedeemState = { record: undefined, lockedUntil: null, shiftOpen: true, card };
const record: IdempotencyRecord = {
  terminal_id: 'trm_1',
  idempotency_key: request.idempotencyKey,
  request_hash: fingerprint.hash,
  request_code_hmac: fingerprint.codeHmac,
  request_amount_minor: 200,
  request_currency: 'USD',
  status_code: 201,
  response_json: '{"redemption":{}}',
  state: 'applied',
  redemption_id: 'rdm_1',
  created_at: '',
  updated_at: '',
};

const decide = (state: RedeemState, req: RedeemRequest = request) =>
  decideRedemption(
    state,
    req,
    fingerprintRedeemRequest(serverKey, req),
    parseCardCode(serverKey, req.code),
    store,
    now,
  );

function thrownCode(run: () => unknown): string {
  try {
    run();
  } catch (error) {
    if (error instanceof ApiError) return error.code;
  }
  return 'nothing thrown';
}

describe('decideRedemption', () => {
  it('applies the amount asked for, or the full balance when none is given', () => {
    expect(decide(open)).toMatchObject({ kind: 'apply', amountMinor: 200 });
    expect(decide(open, { ...request, amountMinor: undefined })).toMatchObject({ kind: 'apply', amountMinor: 500 });
  });

  it('answers a used key first: replay, conflict or reversed, even when the terminal is locked', () => {
    const locked = { ...open, lockedUntil: '2026-06-01T12:05:00.000Z' };
    expect(decide({ ...locked, record })).toEqual({
      kind: 'replay',
      response: { statusCode: 201, json: record.response_json },
    });
    expect(thrownCode(() => decide({ ...open, record }, { ...request, amountMinor: 300 }))).toBe(
      'idempotency_conflict',
    );
    expect(thrownCode(() => decide({ ...open, record: { ...record, state: 'reversed' } }))).toBe('key_reversed');
  });

  it('refuses while locked before looking at the card, and without an open shift', () => {
    const locked = decide({ ...open, lockedUntil: '2026-06-01T12:05:00.000Z' });
    expect(locked.kind === 'refuse' && locked.error.code).toBe('entry_delayed');
    const closed = decide({ ...open, shiftOpen: false });
    expect(closed.kind === 'refuse' && closed.error.code).toBe('no_open_shift');
  });

  it('counts unknown codes as failed lookups, and refuses malformed ones without counting', () => {
    const missing = decide({ ...open, card: undefined });
    expect(missing.kind === 'failed_lookup' && missing.error.code).toBe('card_not_found');
    const malformed = decide(open, { ...request, code: 'AB' });
    expect(malformed.kind === 'refuse' && malformed.error.code).toBe('code_malformed');
    expect(parsed.ok).toBe(true);
  });

  it('declines what the card cannot pay', () => {
    const tooMuch = decide(open, { ...request, amountMinor: 501 });
    expect(tooMuch.kind === 'decline' && tooMuch.error.code).toBe('insufficient_funds');
    const frozen = decide({ ...open, card: { ...card, status: 'frozen' } });
    expect(frozen.kind === 'decline' && frozen.error.code).toBe('card_frozen');
    const euro = decide(open, { ...request, currency: 'EUR' });
    expect(euro.kind === 'decline' && euro.error.code).toBe('currency_mismatch');
  });
});

describe('redemption response template', () => {
  it('filled in, is byte for byte what JSON.stringify gives', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 10_000_000_000 }),
        fc.integer({ min: 0, max: 10_000_000_000 }),
        fc.stringMatching(/^[A-Za-z0-9_-]{8,64}$/),
        (amountMinor, balanceAfterMinor, idempotencyKey) => {
          const redemption: Redemption = {
            id: 'rdm_abc',
            idempotencyKey,
            amountMinor,
            balanceBeforeMinor: balanceAfterMinor + amountMinor,
            balanceAfterMinor,
            currency: 'USD',
            card: { last4: 'HRD4' },
            storeId: 'sto_1',
            terminalId: 'trm_1',
            cashierId: 'csh_1',
            shiftId: 'shf_1',
            createdAt: '2026-06-01T12:00:00.000Z',
          };
          const template = redemptionResponseTemplate(redemption);
          const filled = fillResponse(template, amountMinor, balanceAfterMinor + amountMinor, balanceAfterMinor);
          expect(filled).toBe(JSON.stringify({ redemption }));
        },
      ),
    );
  });
});
