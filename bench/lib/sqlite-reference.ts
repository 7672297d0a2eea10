import { randomBytes } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import Database from 'better-sqlite3';
import type { ReferenceTags } from './reference-redemption.js';
import { currentLoad, figuresFromLatencies, type RunFigures } from './stats.js';

/**
 * The 5-statement reference redemption in process on better-sqlite3, on the backend's own SQLite
 * file and cards, with the durability the ledger uses: WAL, synchronous=FULL (NORMAL can lose
 * committed money on power loss), BEGIN IMMEDIATE. SQLite has one writer, so this is a single
 * loop: the ceiling for any number of HTTP clients. Run it while the backend is idle.
 */
export function runSqliteReference(
  databasePath: string,
  cardIds: readonly string[],
  tags: ReferenceTags,
  durationS: number,
): RunFigures {
  const db = new Database(databasePath);
  try {
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = FULL');
    db.pragma('busy_timeout = 5000');
    const selectCard = db.prepare<[string], { balance_minor: number }>('SELECT balance_minor FROM cards WHERE id = ?');
    const debit = db.prepare(
      'UPDATE cards SET balance_minor = balance_minor - ?, last_activity_at = ? WHERE id = ? AND balance_minor >= ?',
    );
    const appendLedger = db.prepare(
      `INSERT INTO activities (id, card_id, kind, amount_minor, balance_after_minor, store_id, terminal_id, cashier_id, shift_id, created_at)
       VALUES (?, ?, 'redeem', ?, ?, ?, ?, ?, ?, ?)`,
    );
    const redeemOne = db.transaction((cardId: string, amountMinor: number) => {
      const card = selectCard.get(cardId);
      if (!card) throw new Error(`card ${cardId} missing`);
      const nowIso = new Date().toISOString();
      if (debit.run(amountMinor, nowIso, cardId, amountMinor).changes !== 1)
        throw new Error('reference card ran out of balance');
      const id = `act_${randomBytes(12).toString('base64url')}`;
      appendLedger.run(
        id,
        cardId,
        -amountMinor,
        card.balance_minor - amountMinor,
        tags.storeId,
        tags.terminalId,
        tags.cashierId,
        tags.shiftId,
        nowIso,
      );
    });

    const loadAverage = currentLoad();
    const latenciesMs: number[] = [];
    const startMs = performance.now();
    const endMs = startMs + durationS * 1000;
    let now = startMs;
    while (now < endMs) {
      const cardId = cardIds[Math.floor(Math.random() * cardIds.length)] ?? '';
      redeemOne.immediate(cardId, 1);
      const after = performance.now();
      latenciesMs.push(after - now);
      now = after;
    }
    return figuresFromLatencies('better-sqlite3 in process, 5 statements', 1, latenciesMs, now - startMs, {
      loadAverage,
    });
  } finally {
    db.close();
  }
}
