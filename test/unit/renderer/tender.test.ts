import { afterEach, describe, expect, it, vi } from 'vitest';
import { z } from 'zod';
import { newTenderId } from '../../../renderer/store/tender-id.js';
import { applyKeypadKey, planTender, type KeypadKey } from '../../../renderer/store/tender.js';

afterEach(() => vi.unstubAllGlobals());

describe('tender id', () => {
  it('is a UUID the terminal API accepts, also where crypto.randomUUID is missing', () => {
    const uuid = z.string().uuid();
    expect(uuid.safeParse(newTenderId()).success).toBe(true);
    const realCrypto = globalThis.crypto;
    vi.stubGlobal('crypto', { getRandomValues: (bytes: Uint8Array) => realCrypto.getRandomValues(bytes) });
    const ids = new Set(Array.from({ length: 50 }, () => newTenderId()));
    expect(ids.size).toBe(50);
    for (const id of ids) expect(uuid.safeParse(id).success).toBe(true);
  });
});

describe('keypad', () => {
  const press = (keys: KeypadKey[]) => keys.reduce(applyKeypadKey, '');
  it('builds an amount, allows one decimal point, and edits', () => {
    expect(press(['1', '2', '.', '5', '.', '0'])).toBe('12.50');
    expect(press(['.', '5'])).toBe('0.5');
    expect(press(['1', '00', 'backspace'])).toBe('10');
    expect(press(['9', '9', 'clear', '3'])).toBe('3');
  });
});

describe('planTender', () => {
  it('takes the full balance, an amount up to the balance, and min(sale total, balance)', () => {
    expect(planTender('full', '', 5_000, 'USD')).toEqual({ ok: true, tender: { kind: 'full', amountMinor: 5_000 } });
    expect(planTender('amount', '12.34', 5_000, 'USD')).toEqual({
      ok: true,
      tender: { kind: 'amount', amountMinor: 1_234 },
    });
    expect(planTender('sale', '80', 5_000, 'USD')).toEqual({
      ok: true,
      tender: { kind: 'sale', saleTotalMinor: 8_000, amountMinor: 5_000 },
    });
    expect(planTender('sale', '20', 5_000, 'USD')).toEqual({
      ok: true,
      tender: { kind: 'sale', saleTotalMinor: 2_000, amountMinor: 2_000 },
    });
  });

  it('refuses unreadable, zero and above-balance amounts before anything is sent', () => {
    expect(planTender('amount', '', 5_000, 'USD')).toMatchObject({ ok: false, error: { code: 'amount_invalid' } });
    expect(planTender('amount', '0', 5_000, 'USD')).toMatchObject({ ok: false, error: { code: 'amount_invalid' } });
    expect(planTender('amount', '1.234', 5_000, 'USD')).toMatchObject({ ok: false, error: { code: 'amount_invalid' } });
    expect(planTender('amount', '50.01', 5_000, 'USD')).toMatchObject({
      ok: false,
      error: { code: 'insufficient_funds', details: { balanceMinor: 5_000 } },
    });
    expect(planTender('amount', '500', 50_000, 'JPY')).toEqual({
      ok: true,
      tender: { kind: 'amount', amountMinor: 500 },
    });
  });
});
