/**
 * Shift-close reconciliation: what the terminal's outbox says it approved in the shift, against
 * the backend's ledger for that terminal and shift (the Z report's activities). Redemptions are
 * matched by card (last 4) and amount; a reversal row cancels the redeem row it gave back. Voids
 * are a manager's later decision and leave the original redeem row in place, so they are not
 * counted against it.
 */
import type { CloseShiftResponse } from '../../../shared/backend-api.js';
import type { Outcome, TerminalClose } from '../../../shared/terminal-api.js';
import type { TenderRecord } from './outbox.js';
import { outcomeOf } from './recovery.js';

type Difference = TerminalClose['reconciliation']['differences'][number];

const keyOf = (last4: string, amountMinor: number) => `${last4}:${amountMinor}`;

function countBy(items: { last4: string; amountMinor: number }[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const item of items) {
    const key = keyOf(item.last4, item.amountMinor);
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return counts;
}

/** The outbox's redemptions of a shift that the terminal approved (sales are not redemptions). */
function approvedInShift(entries: readonly TenderRecord[], shiftId: string) {
  return entries.flatMap((entry) => {
    const redemption = entry.state === 'applied' ? entry.redemption : undefined;
    return redemption?.shiftId === shiftId
      ? [{ last4: redemption.card.last4, amountMinor: redemption.amountMinor }]
      : [];
  });
}

/** The ledger's redemptions of the shift, net of the ones a reversal gave back. */
function ledgerRedemptions(report: CloseShiftResponse['report']) {
  const rows = (kind: string) =>
    report.activities
      .filter((activity) => activity.kind === kind)
      .map((activity) => ({ last4: activity.card.last4, amountMinor: Math.abs(activity.amountMinor) }));
  const reversals = countBy(rows('reversal'));
  return rows('redeem').filter((row) => {
    const key = keyOf(row.last4, row.amountMinor);
    const left = reversals.get(key) ?? 0;
    if (left === 0) return true;
    reversals.set(key, left - 1);
    return false;
  });
}

function differences(kind: Difference['kind'], mine: Map<string, number>, theirs: Map<string, number>): Difference[] {
  const found: Difference[] = [];
  for (const [key, count] of mine) {
    const missing = count - (theirs.get(key) ?? 0);
    const [last4 = '', amount = '0'] = key.split(':');
    for (let index = 0; index < missing; index++) found.push({ kind, last4, amountMinor: Number(amount) });
  }
  return found;
}

export function reconcileShift(entries: readonly TenderRecord[], closed: CloseShiftResponse): TerminalClose {
  const terminal = approvedInShift(entries, closed.shift.id);
  const backend = ledgerRedemptions(closed.report);
  const terminalCounts = countBy(terminal);
  const backendCounts = countBy(backend);
  const found = [
    ...differences('terminal_only', terminalCounts, backendCounts),
    ...differences('backend_only', backendCounts, terminalCounts),
  ];
  const sum = (items: { amountMinor: number }[]) => items.reduce((total, item) => total + item.amountMinor, 0);
  return {
    resolved: resolvedInShift(entries, closed.shift.id),
    reconciliation: {
      matched: found.length === 0,
      terminalCount: terminal.length,
      terminalMinor: sum(terminal),
      backendCount: backend.length,
      backendMinor: sum(backend),
      differences: found,
    },
  };
}

/** Tenders of the shift whose outcome was learned by asking the backend after a lost answer. */
function resolvedInShift(entries: readonly TenderRecord[], shiftId: string): Outcome[] {
  return entries.flatMap((entry) => {
    if (entry.recovered !== true) return [];
    const applied = entry.state === 'applied' ? (entry.redemption ?? entry.sale) : undefined;
    const entryShift = applied ? applied.shiftId : entry.shiftId;
    if (entryShift !== shiftId) return [];
    if (entry.state === 'applied' || entry.state === 'reversed') return [outcomeOf(entry, entry.state)];
    return [];
  });
}
