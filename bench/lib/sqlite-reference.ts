import { performance } from 'node:perf_hooks';
import Database from 'better-sqlite3';
import { REFERENCE_CARD_COUNT, REFERENCE_START_BALANCE_MINOR, SQLITE_SCHEMA } from './reference-schema.js';
import { figuresFromLatencies, type RunFigures } from './stats.js';

/**
 * The reference transaction in process on better-sqlite3, with the durability the ledger uses:
 * WAL, synchronous=FULL (NORMAL can lose committed money on power loss), BEGIN IMMEDIATE.
 * SQLite has one writer, so this is a single loop: the ceiling for any number of HTTP clients.
 */
export function runSqliteReference(databasePath: string, durationS: number): RunFigures {
  const db = new Database(databasePath);
  try {
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = FULL');
    db.exec(SQLITE_SCHEMA);
    seedCards(db);

    const selectCard = db.prepare<[number], { balance_minor: number }>(
      'SELECT balance_minor FROM bench_cards WHERE id = ?',
    );
    const debit = db.prepare(
      'UPDATE bench_cards SET balance_minor = balance_minor - ? WHERE id = ? AND balance_minor >= ?',
    );
    const appendLedger = db.prepare(
      'INSERT INTO bench_ledger (card_id, kind, amount_minor, balance_after_minor, created_at) VALUES (?, ?, ?, ?, ?)',
    );
    const redeemOne = db.transaction((cardId: number, amountMinor: number) => {
      const card = selectCard.get(cardId);
      if (!card) throw new Error(`card ${cardId} missing`);
      const changed = debit.run(amountMinor, cardId, amountMinor).changes;
      if (changed !== 1) throw new Error('reference card ran out of balance');
      appendLedger.run(cardId, 'redeem', amountMinor, card.balance_minor - amountMinor, new Date().toISOString());
    });

    const latenciesMs: number[] = [];
    const startMs = performance.now();
    const endMs = startMs + durationS * 1000;
    let now = startMs;
    while (now < endMs) {
      const cardId = 1 + Math.floor(Math.random() * REFERENCE_CARD_COUNT);
      redeemOne.immediate(cardId, 1);
      const after = performance.now();
      latenciesMs.push(after - now);
      now = after;
    }
    return figuresFromLatencies('better-sqlite3 in process', 1, latenciesMs, now - startMs);
  } finally {
    db.close();
  }
}

function seedCards(db: Database.Database): void {
  const insert = db.prepare('INSERT INTO bench_cards (id, balance_minor) VALUES (?, ?)');
  db.transaction(() => {
    for (let id = 1; id <= REFERENCE_CARD_COUNT; id++) insert.run(id, REFERENCE_START_BALANCE_MINOR);
  })();
}
