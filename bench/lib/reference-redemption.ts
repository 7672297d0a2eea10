/**
 * The reference redemptions the backend is measured against, written against the product's own
 * tables and cards (the same database the backend serves), so both sides work on the same data:
 * - 5 statements (BEGIN; SELECT … FOR UPDATE; conditional UPDATE; INSERT the ledger activity;
 *   COMMIT): the least a correct debit can do;
 * - 7 statements: the same plus the redemption row and the idempotency record with a stored
 *   answer, which is everything the backend writes per redemption.
 * pgbench picks a card by number; bench_card_ids maps the number to the card's id (one primary-key
 * probe more per statement than a numeric card id would need).
 */

/** What the reference rows are tagged with, as the backend tags its own. */
export interface ReferenceTags {
  storeId: string;
  terminalId: string;
  cashierId: string;
  shiftId: string;
}

/** A stored 201 answer of the size the backend stores (about 430 bytes). */
const STORED_ANSWER = JSON.stringify({
  redemption: {
    id: 'rdm_reference000000000000',
    idempotencyKey: 'ref-00000000-0000-0000-0000-000000000000',
    amountMinor: 1,
    balanceBeforeMinor: 1_000_000_000,
    balanceAfterMinor: 999_999_999,
    currency: 'USD',
    card: { last4: 'REF0' },
    storeId: 'sto_reference000000000000',
    terminalId: 'trm_reference000000000000',
    cashierId: 'bench',
    shiftId: 'shf_reference000000000000',
    createdAt: '2026-01-01T00:00:00.000Z',
  },
});

export const BENCH_CARD_IDS_TABLE = [
  'create table bench_card_ids (n integer primary key, id text not null)',
  `insert into bench_card_ids (n, id) select row_number() over (order by id), id from cards where status = 'active'`,
  'vacuum analyze bench_card_ids',
  'vacuum analyze cards',
];

function quote(text: string): string {
  return `'${text.replace(/'/g, "''")}'`;
}

export function pgbenchScript(statements: 5 | 7, cardCount: number, tags: ReferenceTags, nowIso: string): string {
  const card = '(select id from bench_card_ids where n = :n)';
  const [store, terminal, cashier, shift, now] = [
    tags.storeId,
    tags.terminalId,
    tags.cashierId,
    tags.shiftId,
    nowIso,
  ].map(quote);
  const redemptionId = `'rdm_ref_' || :client_id || '_' || :r`;
  const key = `'ref-' || :client_id || '-' || :r`;
  const lines = [
    `\\set n random(1, ${cardCount})`,
    `\\set r random(1, 9000000000000000)`,
    'BEGIN;',
    `SELECT balance_minor FROM cards WHERE id = ${card} FOR UPDATE;`,
    `UPDATE cards SET balance_minor = balance_minor - 1, last_activity_at = ${now} WHERE id = ${card} AND balance_minor >= 1;`,
  ];
  if (statements === 7) {
    lines.push(
      `INSERT INTO redemptions (id, card_id, terminal_id, store_id, cashier_id, shift_id, idempotency_key, amount_minor, balance_before_minor, balance_after_minor, currency, status, created_at) ` +
        `SELECT ${redemptionId}, id, ${terminal}, ${store}, ${cashier}, ${shift}, ${key}, 1, balance_minor + 1, balance_minor, 'USD', 'applied', ${now} FROM cards WHERE id = ${card};`,
    );
  }
  lines.push(
    `INSERT INTO activities (id, card_id, kind, amount_minor, balance_after_minor, store_id, terminal_id, cashier_id, shift_id, redemption_id, created_at) ` +
      `SELECT 'act_' || gen_random_uuid(), id, 'redeem', -1, balance_minor, ${store}, ${terminal}, ${cashier}, ${shift}, ${statements === 7 ? redemptionId : 'NULL'}, ${now} FROM cards WHERE id = ${card};`,
  );
  if (statements === 7) {
    lines.push(
      `INSERT INTO idempotency_records (terminal_id, idempotency_key, request_hash, request_code_hmac, request_amount_minor, request_currency, status_code, response_json, state, redemption_id, created_at, updated_at) ` +
        `VALUES (${terminal}, ${key}, md5(${key}) || md5(${redemptionId}), md5(${redemptionId}) || md5(${key}), 1, 'USD', 201, ${quote(STORED_ANSWER)}, 'applied', ${redemptionId}, ${now}, ${now});`,
    );
  }
  lines.push('END;');
  return `${lines.join('\n')}\n`;
}
