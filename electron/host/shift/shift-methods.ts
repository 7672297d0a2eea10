/**
 * The shift at this terminal: its X report (with what the ledger cannot count yet), closing it
 * (never while an outcome is unknown; the outbox is reconciled against the Z totals) and printing
 * the X or the last Z report.
 */
import { summarizePending } from '../../../shared/pending-outcomes.js';
import { fail, ok, type Outcome, type SessionView, type TerminalMethods } from '../../../shared/terminal-api.js';
import type { TerminalLogger } from '../logger.js';
import type { HostPrinting } from '../printing/printing-methods.js';
import type { BackendSession } from '../session/backend-session.js';
import type { Outbox } from '../tenders/outbox.js';
import { reconcileShift } from '../tenders/reconcile.js';

export type ShiftMethods = Pick<TerminalMethods, 'currentShift' | 'closeShift' | 'printShiftReport'>;

type ZReport = Parameters<HostPrinting['printShiftReport']>[0];

export function createShiftMethods(deps: {
  session: BackendSession;
  outbox: Outbox;
  printing: HostPrinting;
  logger: TerminalLogger;
  /** Tenders whose outcome is not settled yet (the outbox's pending ones not on the wire). */
  pendingCount(): number;
  pendingOutcomes(): Outcome[];
}): ShiftMethods {
  const { session, printing, logger } = deps;
  // The Z report this terminal printed or can print: kept after close, until the next close.
  let lastClosed: { report: ZReport; session: SessionView } | null = null;

  const printLastZ = async () => {
    const closed = lastClosed;
    if (!closed) throw new Error('no closed shift to print');
    const outcome = await printing.printShiftReport(closed.report, closed.session);
    logger.info({ shiftId: closed.report.shift.id, delivery: outcome.delivery }, 'Z report printed');
    return outcome;
  };

  return {
    currentShift: () => session.withSession((backend, token) => backend.currentShift(token)),
    closeShift: () => {
      const pendingCount = deps.pendingCount();
      if (pendingCount > 0) {
        const message = `${pendingCount} redemption(s) or sale(s) with an unknown outcome must be resolved before closing`;
        return Promise.resolve(fail({ code: 'outcome_unknown', message }));
      }
      return session.withSession(async (backend, token) => {
        const closed = await backend.closeShift(token);
        if (!closed.ok) return closed;
        const terminal = reconcileShift(deps.outbox.all(), closed.value);
        if (!terminal.reconciliation.matched) {
          const { differences } = terminal.reconciliation;
          logger.warn({ shiftId: closed.value.shift.id, differences }, 'shift close: outbox and ledger differ');
        }
        const view = session.view();
        if (view) {
          const { shift, report } = closed.value;
          lastClosed = { report: { report: 'z', shift, totals: report }, session: view };
          // Auto-print runs apart from the close: a printer problem never undoes a closed shift.
          if (printing.settings.autoPrint === 'always') {
            void printLastZ().catch((error: unknown) => logger.warn({ error: String(error) }, 'Z report not printed'));
          }
        }
        return ok({ ...closed.value, terminal });
      });
    },
    printShiftReport: async ({ kind }) => {
      if (kind === 'z') {
        if (!lastClosed) return fail({ code: 'not_found', message: 'no shift has been closed on this terminal' });
        return ok(await printLastZ());
      }
      const view = session.view();
      return session.withSession(async (backend, token) => {
        const current = await backend.currentShift(token);
        if (!current.ok || !view)
          return current.ok ? fail({ code: 'unauthorized', message: 'no cashier is signed in' }) : current;
        const { shift, totals } = current.value;
        // What the ledger cannot count yet: tenders whose answer was lost, flagged on the report.
        const pending = summarizePending(deps.pendingOutcomes(), totals.currency);
        return ok(await printing.printShiftReport({ report: 'x', shift, totals, pending }, view));
      });
    },
  };
}
