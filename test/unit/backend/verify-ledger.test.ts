import { randomBytes } from 'node:crypto';
import type { Selectable } from 'kysely';
import { describe, expect, it } from 'vitest';
import type { ActivitiesTable } from '../../../backend/db/schema.js';
import { chainHash, chainKey, canonicalText } from '../../../backend/ledger/chain.js';
import { checkCard } from '../../../backend/ledger/verify-ledger.js';

type Row = Selectable<ActivitiesTable>;
const key = chainKey(randomBytes(32));

function activity(id: string, amount: number, balanceAfter: number, at: string): Omit<Row, 'seq' | 'hash'> {
  return {
    id,
    card_id: 'crd_1',
    kind: amount >= 0 ? 'activate' : 'redeem',
    amount_minor: amount,
    balance_after_minor: balanceAfter,
    store_id: null,
    terminal_id: null,
    cashier_id: null,
    shift_id: null,
    manager_id: null,
    redemption_id: null,
    reason: null,
    created_at: at,
  };
}

/** Chains rows the way appendActivity does, starting after `prev`. */
function chained(rows: Omit<Row, 'seq' | 'hash'>[], prev: string | null = null, firstSeq = 1): Row[] {
  return rows.map((row, index) => {
    const seq = firstSeq + index;
    const hash = chainHash(key, prev, seq, row);
    prev = hash;
    return { ...row, seq, hash };
  });
}

const card = (rows: Row[], balance: number) => ({
  id: 'crd_1',
  last4: 'AB12',
  balance_minor: balance,
  ledger_seq: rows.filter((row) => (row.seq ?? 0) > 0).length,
  ledger_hash: rows.filter((row) => (row.seq ?? 0) > 0).at(-1)?.hash ?? null,
});

describe('verify-ledger on one card', () => {
  it('accepts a chain that follows rows from before the chain', () => {
    const before: Row[] = [
      { ...activity('act_a', 1000, 1000, '2026-01-01T00:00:00.000Z'), seq: 0, hash: null },
      { ...activity('act_b', -200, 800, '2026-01-02T00:00:00.000Z'), seq: 0, hash: null },
    ];
    const after = chained([activity('act_c', -300, 500, '2026-02-01T00:00:00.000Z')]);
    expect(checkCard(card([...before, ...after], 500), [...after, ...before], key)).toEqual([]);
  });

  it('replays rows from before the chain, so a changed one still shows', () => {
    const before: Row[] = [
      { ...activity('act_a', 1000, 1000, '2026-01-01T00:00:00.000Z'), seq: 0, hash: null },
      { ...activity('act_b', -100, 800, '2026-01-02T00:00:00.000Z'), seq: 0, hash: null },
    ];
    expect(checkCard(card(before, 800), before, key).map((b) => b.activityId)).toEqual(['act_b']);
  });

  it('reports a row written outside the chain, and a hash made without the key', () => {
    const rows = chained([activity('act_a', 1000, 1000, '2026-01-01T00:00:00.000Z')]);
    const loose: Row = { ...activity('act_x', -10, 990, '2026-01-03T00:00:00.000Z'), seq: null, hash: null };
    expect(checkCard(card(rows, 1000), [...rows, loose], key).map((b) => b.problem)).toContain(
      'activity is not in the hash chain',
    );
    const forged = chained([activity('act_a', 1000, 1000, '2026-01-01T00:00:00.000Z')]);
    const otherKey = chainKey(randomBytes(32));
    expect(checkCard(card(forged, 1000), forged, otherKey)[0]?.problem).toMatch(/hash does not match/);
  });

  it('encodes fields so that no two different rows share a text', () => {
    const base = activity('act_a', 1000, 1000, '2026-01-01T00:00:00.000Z');
    const a = canonicalText(null, 1, { ...base, reason: 'ab', store_id: 'c' });
    const b = canonicalText(null, 1, { ...base, reason: 'a', store_id: 'bc' });
    const c = canonicalText(null, 1, { ...base, reason: null });
    const d = canonicalText(null, 1, { ...base, reason: '~' });
    expect(new Set([a, b, c, d]).size).toBe(4);
  });
});
