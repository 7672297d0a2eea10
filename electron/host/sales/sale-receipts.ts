/**
 * Receipts of sales at the till. The host prints one itself as soon as the backend approves a sale
 * (when auto-print is on and the host drives a printer), exactly like a redemption's, so the
 * screen never has to ask; it keeps the last few answers so a sale's receipt can be printed again.
 */
import type { PrintOutcome } from '../../../shared/receipt/printing-api.js';
import { asDuplicate } from '../../../shared/receipt/receipt-document.js';
import { saleReceipt } from '../../../shared/receipt/sale-receipt.js';
import type { Sale } from '../../../shared/sales-api.js';
import type { SessionView } from '../../../shared/terminal-api.js';
import type { TerminalLogger } from '../logger.js';
import type { HostPrinting } from '../printing/printing-methods.js';

/** Enough for Print again on the last few sales; older ones are gone from the counter anyway. */
const KEPT_SALES = 20;

export interface SaleReceipts {
  /** Called with every approved sale, in the session it was made in. */
  approved(sale: Sale): void;
  /** The receipt of a sale made on this terminal; a copy (marked so) after the first print. */
  print(saleId: string): Promise<PrintOutcome | null>;
}

export function createSaleReceipts(deps: {
  printing: HostPrinting;
  session: () => SessionView | null;
  logger: TerminalLogger;
}): SaleReceipts {
  const kept = new Map<string, { sale: Sale; session: SessionView; printed: boolean }>();
  const printKept = async (id: string) => {
    const found = kept.get(id);
    if (!found) return null;
    const document = saleReceipt(deps.printing.contextOf(found.session), found.sale);
    const outcome = await deps.printing.printDocument(found.printed ? asDuplicate(document) : document);
    found.printed = true;
    return outcome;
  };
  return {
    approved(sale) {
      const session = deps.session();
      if (!session || kept.has(sale.id)) return;
      kept.set(sale.id, { sale, session, printed: false });
      if (kept.size > KEPT_SALES) kept.delete(kept.keys().next().value as string);
      const { printing } = deps;
      if (printing.settings.autoPrint !== 'always' || !printing.service.drivesPrinter()) return;
      // After the answer has gone to the screen: rendering the receipt never delays Approved.
      setImmediate(() => {
        printKept(sale.id).catch((error: unknown) =>
          deps.logger.warn({ saleId: sale.id, error: String(error) }, 'sale receipt not printed'),
        );
      });
    },
    print: printKept,
  };
}
