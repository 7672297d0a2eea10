/**
 * The reference redemption transaction the backend is measured against: five statements over a
 * plain card table and an append-only ledger (BEGIN; SELECT … FOR UPDATE; conditional UPDATE;
 * INSERT ledger; COMMIT), the least work a correct redemption can do.
 */
export const REFERENCE_CARD_COUNT = 100_000;
/** Large enough that a bounded run never empties a card: every transaction takes the same path. */
export const REFERENCE_START_BALANCE_MINOR = 1_000_000_000;

export const POSTGRES_SCHEMA = [
  `CREATE TABLE bench_cards (id integer PRIMARY KEY, balance_minor bigint NOT NULL CHECK (balance_minor >= 0))`,
  `CREATE TABLE bench_ledger (id bigserial PRIMARY KEY, card_id integer NOT NULL REFERENCES bench_cards (id),
     kind text NOT NULL, amount_minor bigint NOT NULL, balance_after_minor bigint NOT NULL,
     created_at timestamptz NOT NULL DEFAULT now())`,
  `INSERT INTO bench_cards (id, balance_minor)
     SELECT n, ${REFERENCE_START_BALANCE_MINOR} FROM generate_series(1, ${REFERENCE_CARD_COUNT}) AS n`,
  `VACUUM ANALYZE bench_cards`,
];

/** The pgbench script: the same five statements, one random card per transaction. */
export const PGBENCH_SCRIPT = `\\set card_id random(1, ${REFERENCE_CARD_COUNT})
BEGIN;
SELECT balance_minor FROM bench_cards WHERE id = :card_id FOR UPDATE;
UPDATE bench_cards SET balance_minor = balance_minor - 1 WHERE id = :card_id AND balance_minor >= 1;
INSERT INTO bench_ledger (card_id, kind, amount_minor, balance_after_minor)
  SELECT :card_id, 'redeem', 1, balance_minor FROM bench_cards WHERE id = :card_id;
END;
`;

export const SQLITE_SCHEMA = `
  CREATE TABLE bench_cards (id INTEGER PRIMARY KEY, balance_minor INTEGER NOT NULL CHECK (balance_minor >= 0)) STRICT;
  CREATE TABLE bench_ledger (id INTEGER PRIMARY KEY, card_id INTEGER NOT NULL REFERENCES bench_cards (id),
    kind TEXT NOT NULL, amount_minor INTEGER NOT NULL, balance_after_minor INTEGER NOT NULL,
    created_at TEXT NOT NULL) STRICT;
`;
