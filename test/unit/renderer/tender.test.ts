import { afterEach, describe, expect, it, vi } from 'vitest';
import { z } from 'zod';
import { newTenderId } from '../../../renderer/store/tender-id.js';
import {
  amountDigits,
  amountText,
  applyKeypadKey,
  planTender,
  type KeypadKey,
} from '../../../renderer/store/tender.js';

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

describe('keypad, cents first', () => {
  const press = (keys: KeypadKey[]) => keys.reduce(applyKeypadKey, '');
  it('pushes each digit in from the right: 1, 0, 0, 0 is 10.00', () => {
    expect(press(['1', '0', '0', '0'])).toBe('1000');
    expect(amountText(press(['1', '0', '0', '0']), 'USD')).toBe('10.00');
    expect(amountText(press(['5']), 'USD')).toBe('0.05');
    expect(amountText(press(['1', '00', 'backspace']), 'USD')).toBe('0.10');
    expect(press(['9', '9', 'clear', '3'])).toBe('3');
    expect(press(['0', '0', '7'])).toBe('7');
  });

  it('reads what the keyboard left in the field the same way as the keypad', () => {
    // Typing 1 0 0 0 into the field: each keystroke is read back from the shown amount.
    let digits = '';
    for (const key of '1000') digits = amountDigits(amountText(digits, 'USD') + key, digits);
    expect(amountText(digits, 'USD')).toBe('10.00');
    // A typed separator is ignored, so 10.50 typed in full is still 10.50.
    digits = '';
    for (const key of '10.50') digits = amountDigits(amountText(digits, 'USD') + key, digits);
    expect(amountText(digits, 'USD')).toBe('10.50');
    // Backspace drops the last digit.
    expect(amountDigits('10.5', '1050')).toBe('105');
    // A currency without minor units counts whole units.
    expect(amountText('500', 'JPY')).toBe('500');
  });

  it('refuses more digits than any amount needs', () => {
    const twelve = '123456789012';
    expect(applyKeypadKey(twelve, '3')).toBe(twelve);
    expect(amountDigits(`${twelve}3`, twelve)).toBe(twelve);
  });
});

describe('planTender', () => {
  it('takes the full balance, an amount up to the balance, and min(sale total, balance)', () => {
    expect(planTender('full', '', 5_000)).toEqual({ ok: true, tender: { kind: 'full', amountMinor: 5_000 } });
    expect(planTender('amount', '1234', 5_000)).toEqual({ ok: true, tender: { kind: 'amount', amountMinor: 1_234 } });
    expect(planTender('sale', '8000', 5_000)).toEqual({
      ok: true,
      tender: { kind: 'sale', saleTotalMinor: 8_000, amountMinor: 5_000 },
    });
    expect(planTender('sale', '2000', 5_000)).toEqual({
      ok: true,
      tender: { kind: 'sale', saleTotalMinor: 2_000, amountMinor: 2_000 },
    });
  });

  it('refuses nothing, zero and above-balance amounts before anything is sent', () => {
    expect(planTender('amount', '', 5_000)).toMatchObject({ ok: false, error: { code: 'amount_invalid' } });
    expect(planTender('amount', '0', 5_000)).toMatchObject({ ok: false, error: { code: 'amount_invalid' } });
    expect(planTender('amount', '5001', 5_000)).toMatchObject({
      ok: false,
      error: { code: 'insufficient_funds', details: { balanceMinor: 5_000 } },
    });
  });
});
