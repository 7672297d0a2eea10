/**
 * Receipts for what a manager approved at the counter: a void, and a lost-card transfer (two slips:
 * the frozen card's and the new card's); and the store's shift report a manager prints from the
 * manager view. The host keeps the backend's answers it printed from, so the renderer asks
 * by id and never writes a receipt; auto-print follows the same policy as redemption receipts.
 */
import type { TransferResponse, VoidResponse } from '../../../shared/backend-api.js';
import { transferReceipts, voidReceipt } from '../../../shared/receipt/card-slips.js';
import type { PrintOutcome } from '../../../shared/receipt/printing-api.js';
import { fail, ok, type SessionView, type TerminalMethods } from '../../../shared/terminal-api.js';
import type { ReceiptDocument } from '../../../shared/receipt/receipt-document.js';
import { storeShiftReport } from '../../../shared/receipt/store-report.js';
import type { HostPrinting } from './printing-methods.js';

type WrappedMethods = Pick<TerminalMethods, 'voidRedemption' | 'transferBalance' | 'shiftReport' | 'activityReport'>;
export type ManagerReceiptMethods = Pick<
  TerminalMethods,
  'printVoidReceipt' | 'printTransferReceipts' | 'printStoreReport'
>;

/** Enough for Print again on the last few actions; older ones are gone from the counter anyway. */
const KEPT_ANSWERS = 20;

interface Kept<T> {
  answer: T;
  session: SessionView;
}

/** The manager methods, with void and transfer remembered (and auto-printed), plus their print methods. */
export function withManagerReceipts<T extends WrappedMethods>(
  methods: T,
  deps: {
    printing: HostPrinting;
    session: () => SessionView | null;
    logger: { warn(fields: object, message: string): void };
    now?: () => Date;
  },
): T & ManagerReceiptMethods {
  const voids = new Map<string, Kept<VoidResponse>>();
  const transfers = new Map<string, Kept<TransferResponse>>();
  const keep = <T>(map: Map<string, Kept<T>>, id: string, answer: T, session: SessionView) => {
    map.set(id, { answer, session });
    if (map.size > KEPT_ANSWERS) map.delete(map.keys().next().value as string);
  };
  const printVoid = ({ answer, session }: Kept<VoidResponse>) =>
    deps.printing.printDocument(voidReceipt(deps.printing.contextOf(session), answer));
  const printTransfer = ({ answer, session }: Kept<TransferResponse>) =>
    printInTurn(deps.printing, transferReceipts(deps.printing.contextOf(session), answer));
  // Printing runs apart from the action: a printer problem never undoes an approved void or transfer.
  const autoPrint = (print: () => Promise<PrintOutcome>) => {
    if (deps.printing.settings.autoPrint !== 'always') return;
    void print().catch((error: unknown) => deps.logger.warn({ error: String(error) }, 'receipt not printed'));
  };

  return {
    ...methods,
    voidRedemption: async (input) => {
      const result = await methods.voidRedemption(input);
      const session = deps.session();
      if (result.ok && session) {
        const kept = { answer: result.value, session };
        keep(voids, result.value.void.id, result.value, session);
        autoPrint(() => printVoid(kept));
      }
      return result;
    },
    transferBalance: async (input) => {
      const result = await methods.transferBalance(input);
      const session = deps.session();
      if (result.ok && session) {
        const kept = { answer: result.value, session };
        keep(transfers, result.value.transfer.id, result.value, session);
        autoPrint(() => printTransfer(kept));
      }
      return result;
    },
    printVoidReceipt: async ({ voidId }) => {
      const kept = voids.get(voidId);
      if (!kept) return fail({ code: 'not_found', message: 'no void with that id on this terminal' });
      return ok(await printVoid(kept));
    },
    printTransferReceipts: async ({ transferId }) => {
      const kept = transfers.get(transferId);
      if (!kept) return fail({ code: 'not_found', message: 'no transfer with that id on this terminal' });
      return ok(await printTransfer(kept));
    },
    // The backend's report, asked for now in the manager's session (a cashier's gets 403).
    printStoreReport: async (range) => {
      const report = await methods.shiftReport(range);
      if (!report.ok) return report;
      const activities = await methods.activityReport(range);
      if (!activities.ok) return activities;
      const session = deps.session();
      if (!session) return fail({ code: 'unauthorized', message: 'no manager is signed in' });
      const printedAt = (deps.now ?? (() => new Date()))().toISOString();
      const document = storeShiftReport(deps.printing.contextOf(session), {
        report: report.value,
        activities: activities.value.activities,
        ...range,
        printedAt,
      });
      return ok(await deps.printing.printDocument(document));
    },
  };
}

/**
 * Prints slips one after the other, so they leave the printer in order. The answer is the last
 * one's (the printer's state after all of them); a window print gets every slip's SVG, one under the other.
 */
async function printInTurn(printing: HostPrinting, documents: ReceiptDocument[]): Promise<PrintOutcome> {
  const outcomes: PrintOutcome[] = [];
  for (const document of documents) outcomes.push(await printing.printDocument(document));
  const last = outcomes[outcomes.length - 1];
  if (!last) throw new Error('no slip to print');
  if (last.delivery !== 'window') return last;
  return { ...last, svg: outcomes.map((outcome) => outcome.svg ?? '').join('') };
}
