/**
 * What must hold after every step of the simulation, read from the backend's database: balances
 * equal the ledger replay and are never negative, a key is applied at most once, money is neither
 * made nor lost, and every receipt a terminal approved matches a redemption still applied.
 */
import type { OpenDatabase } from '../../backend/db/database.js';
import { ledgerMismatches } from '../../test/fixtures/backend/ledger.js';

export interface ApprovedReceipt {
  redemptionId: string;
  amountMinor: number;
}

export async function checkInvariants(
  database: OpenDatabase,
  initialTotalMinor: number,
  approved: ReadonlyMap<string, ApprovedReceipt>,
): Promise<string[]> {
  const broken: string[] = [];
  const mismatches = await ledgerMismatches(database);
  for (const row of mismatches) {
    broken.push(`card ${row.cardId}: balance ${row.balanceMinor} but ledger replay ${row.replayMinor}`);
  }
  const redemptions = await database.db
    .selectFrom('redemptions')
    .select(['id', 'terminal_id', 'idempotency_key', 'amount_minor', 'status'])
    .execute();
  const seenKeys = new Set<string>();
  const byId = new Map<string, { amountMinor: number; status: string }>();
  let appliedMinor = 0;
  for (const row of redemptions) {
    const key = `${row.terminal_id}/${row.idempotency_key}`;
    if (seenKeys.has(key)) broken.push(`key ${key} applied more than once`);
    seenKeys.add(key);
    byId.set(row.id, { amountMinor: Number(row.amount_minor), status: row.status });
    if (row.status === 'applied') appliedMinor += Number(row.amount_minor);
  }
  const cards = await database.db.selectFrom('cards').select('balance_minor').execute();
  const balancesMinor = cards.reduce((total, card) => total + Number(card.balance_minor), 0);
  if (balancesMinor + appliedMinor !== initialTotalMinor) {
    broken.push(`money not conserved: balances ${balancesMinor} + applied ${appliedMinor} ≠ ${initialTotalMinor}`);
  }
  for (const receipt of approved.values()) {
    const row = byId.get(receipt.redemptionId);
    if (!row) broken.push(`approved receipt ${receipt.redemptionId} has no redemption row`);
    else if (row.status !== 'applied') broken.push(`approved receipt ${receipt.redemptionId} is ${row.status}`);
    else if (row.amountMinor !== receipt.amountMinor)
      broken.push(`approved receipt ${receipt.redemptionId}: amount differs`);
  }
  return broken;
}

/** Keys a terminal reversed (told the cashier "not charged"): none may be left applied. */
export async function checkReversedKeys(
  database: OpenDatabase,
  terminalId: string,
  reversedKeys: readonly string[],
): Promise<string[]> {
  const broken: string[] = [];
  // In slices: SQLite caps the number of bound parameters in one statement.
  for (let start = 0; start < reversedKeys.length; start += 500) {
    const applied = await database.db
      .selectFrom('redemptions')
      .select('idempotency_key')
      .where('terminal_id', '=', terminalId)
      .where('status', '=', 'applied')
      .where('idempotency_key', 'in', reversedKeys.slice(start, start + 500))
      .execute();
    broken.push(...applied.map((row) => `key ${row.idempotency_key} was reported not charged but is applied`));
  }
  return broken;
}

/** One tender, however often retried or re-keyed, charges the card at most once. */
export async function checkTendersChargedOnce(
  database: OpenDatabase,
  terminalId: string,
  keysByTender: ReadonlyMap<string, ReadonlySet<string>>,
): Promise<string[]> {
  const rows = await database.db
    .selectFrom('redemptions')
    .select('idempotency_key')
    .where('terminal_id', '=', terminalId)
    .where('status', '=', 'applied')
    .execute();
  const applied = new Set(rows.map((row) => row.idempotency_key));
  const broken: string[] = [];
  for (const [tenderId, keys] of keysByTender) {
    const charges = [...keys].filter((key) => applied.has(key)).length;
    if (charges > 1) broken.push(`tender ${tenderId} charged ${charges} times`);
  }
  return broken;
}
