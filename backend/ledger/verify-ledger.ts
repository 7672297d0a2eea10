/**
 * Replays every card's ledger and checks it against the hash chain (ledger/chain.ts) and the card
 * row: each activity's hash, the sequence 1, 2, … without gaps or doubles, the card's chain head,
 * every balance-after as the running sum of the amounts (never below zero), and the card's balance
 * as the last of them. Activities written before the chain existed (seq 0) are replayed but carry
 * no hash; they are counted, not reported.
 */
import type { Kysely, Selectable } from 'kysely';
import type { ActivitiesTable, Database } from '../db/schema.js';
import { chainHash } from './chain.js';

export interface LedgerBreak {
  cardId: string;
  last4: string;
  /** The activity where the break shows, or null for the card row itself. */
  activityId: string | null;
  problem: string;
}

export interface LedgerReport {
  cards: number;
  activities: number;
  /** Activities from before the chain (seq 0): replayed, not hash-checked. */
  beforeChain: number;
  /** How many breaks there are; `breaks` lists the first MAX_LISTED. */
  breakCount: number;
  breaks: LedgerBreak[];
}

const CARDS_PER_PAGE = 500;
const MAX_LISTED = 100;

type ActivityRow = Selectable<ActivitiesTable>;
interface CardHead {
  id: string;
  last4: string;
  balance_minor: number;
  ledger_seq: number;
  ledger_hash: string | null;
}

export async function verifyLedger(db: Kysely<Database>, key: Buffer): Promise<LedgerReport> {
  const report: LedgerReport = { cards: 0, activities: 0, beforeChain: 0, breakCount: 0, breaks: [] };
  const found = (cardBreak: LedgerBreak): void => {
    report.breakCount++;
    if (report.breaks.length < MAX_LISTED) report.breaks.push(cardBreak);
  };
  let after = '';
  for (;;) {
    const cards = await db
      .selectFrom('cards')
      .select(['id', 'last4', 'balance_minor', 'ledger_seq', 'ledger_hash'])
      .where('id', '>', after)
      .orderBy('id')
      .limit(CARDS_PER_PAGE)
      .execute();
    if (cards.length === 0) break;
    after = cards[cards.length - 1]?.id ?? after;
    const rows = await db
      .selectFrom('activities')
      .selectAll()
      .where(
        'card_id',
        'in',
        cards.map((card) => card.id),
      )
      .execute();
    const byCard = new Map<string, ActivityRow[]>();
    for (const row of rows) byCard.set(row.card_id, [...(byCard.get(row.card_id) ?? []), row]);
    for (const card of cards) {
      const activities = byCard.get(card.id) ?? [];
      report.cards++;
      report.activities += activities.length;
      report.beforeChain += activities.filter((a) => a.seq === 0).length;
      for (const problem of checkCard(card, activities, key)) found(problem);
    }
  }
  return report;
}

/** Every break in one card's ledger. */
export function checkCard(card: CardHead, activities: readonly ActivityRow[], key: Buffer): LedgerBreak[] {
  const breaks: LedgerBreak[] = [];
  const problem = (activityId: string | null, text: string): void => {
    breaks.push({ cardId: card.id, last4: card.last4, activityId, problem: text });
  };
  const byTime = (a: ActivityRow, b: ActivityRow): number =>
    a.created_at.localeCompare(b.created_at) || a.id.localeCompare(b.id);
  const before = activities.filter((a) => a.seq === 0).sort(byTime);
  const chained = activities.filter((a) => a.seq !== null && a.seq > 0).sort((a, b) => (a.seq ?? 0) - (b.seq ?? 0));
  for (const loose of activities.filter((a) => a.seq === null || a.seq < 0))
    problem(loose.id, 'activity is not in the hash chain');

  let prevHash: string | null = null;
  chained.forEach((activity, index) => {
    const expectedSeq = index + 1;
    if (activity.seq !== expectedSeq) problem(activity.id, `sequence ${activity.seq} where ${expectedSeq} belongs`);
    if (activity.hash !== chainHash(key, prevHash, expectedSeq, activity))
      problem(activity.id, `hash does not match (sequence ${expectedSeq})`);
    prevHash = activity.hash;
  });
  if (card.ledger_seq !== chained.length || card.ledger_hash !== prevHash)
    problem(null, `card's chain head (sequence ${card.ledger_seq}) is not its last activity (${chained.length})`);

  let balance = 0;
  for (const activity of [...before, ...chained]) {
    balance += activity.amount_minor;
    if (activity.balance_after_minor !== balance || balance < 0)
      problem(activity.id, `balance after ${activity.balance_after_minor} where the replay gives ${balance}`);
    balance = activity.balance_after_minor;
  }
  if (card.balance_minor !== balance)
    problem(null, `card balance ${card.balance_minor} where the ledger gives ${balance}`);
  return breaks;
}
