/**
 * The receipt printer as the cashier sees it: its state, and the print requests. Printing is
 * always apart from the redemption: whatever the printer does, the approved answer stays.
 */
import type { StateCreator } from 'zustand';
import type { AppError } from '../../shared/error-codes.js';
import type { PrinterStatus, PrintOutcome } from '../../shared/receipt/printing-api.js';
import type { Result, TerminalApi } from '../../shared/terminal-api.js';
import type { AppState } from './app-store.js';

export interface PrinterSlice {
  printer: PrinterStatus | null;
  printing: boolean;
  printError: AppError | null;
  /** Redemptions whose receipt was already asked for, so auto-print runs once per redemption. */
  printedRedemptionIds: readonly string[];
  /** SVG of a receipt the window prints through the system print dialog; null when none waits. */
  windowReceiptSvg: string | null;
  applyPrinterStatus: (status: PrinterStatus) => void;
  refreshPrinter: () => Promise<void>;
  printRedemption: (redemptionId: string, stillDueMinor: number | null) => Promise<void>;
  /** Prints the receipt when the policy is 'always' and it was not asked for yet. */
  autoPrint: (redemptionId: string, stillDueMinor: number | null) => Promise<void>;
  reprintLast: () => Promise<void>;
  retryPrint: () => Promise<void>;
  printBalanceSlip: () => Promise<void>;
  /** The X report (totals asked of the backend now) or the Z report of the shift just closed. */
  printShiftReport: (kind: 'x' | 'z') => Promise<void>;
  /** The receipt of a void a manager approved on this terminal. */
  printVoidReceipt: (voidId: string) => Promise<void>;
  /** The receipt of a sale made on this terminal (one settled after a lost answer, say). */
  printSaleReceipt: (saleId: string) => Promise<void>;
  /** The two slips of a lost card's balance moved to a new card: the frozen card's and the new card's. */
  printTransferReceipts: (transferId: string) => Promise<void>;
  /** The store's shift report for [from, to), as the manager view shows it (manager session only). */
  printStoreReport: (fromIso: string, toIso: string) => Promise<void>;
  windowPrinted: () => void;
}

export const initialPrinterState = {
  printer: null,
  printing: false,
  printError: null,
  printedRedemptionIds: [] as readonly string[],
  windowReceiptSvg: null,
};

export function createPrinterSlice(api: TerminalApi): StateCreator<AppState, [], [], PrinterSlice> {
  return (set, get) => {
    async function run(call: () => Promise<Result<PrintOutcome>>): Promise<void> {
      set({ printing: true, printError: null });
      const result = await call();
      if (!result.ok) {
        set({ printing: false, printError: result.error });
        return;
      }
      const { status, delivery, svg } = result.value;
      set({ printing: false, printer: status, windowReceiptSvg: delivery === 'window' ? svg : null });
    }
    return {
      ...initialPrinterState,
      applyPrinterStatus: (status) => set({ printer: status }),
      refreshPrinter: async () => {
        const result = await api.printerStatus({});
        if (result.ok) set({ printer: result.value });
      },
      printRedemption: (redemptionId, stillDueMinor) => {
        set({ printedRedemptionIds: [...get().printedRedemptionIds.slice(-20), redemptionId] });
        return run(() => api.printReceipt({ redemptionId, stillDueMinor }));
      },
      autoPrint: async (redemptionId, stillDueMinor) => {
        const { printer, printedRedemptionIds } = get();
        if (printer?.autoPrint !== 'always' || printedRedemptionIds.includes(redemptionId)) return;
        await get().printRedemption(redemptionId, stillDueMinor);
      },
      reprintLast: () => run(() => api.reprintLast({})),
      retryPrint: () => run(() => api.retryPrint({})),
      printBalanceSlip: async () => {
        const code = get().code;
        if (code === null) return;
        await run(() => api.printBalanceSlip({ code }));
      },
      printShiftReport: (kind) => run(() => api.printShiftReport({ kind })),
      printVoidReceipt: (voidId) => run(() => api.printVoidReceipt({ voidId })),
      printSaleReceipt: (saleId) => run(() => api.printSaleReceipt({ saleId })),
      printTransferReceipts: (transferId) => run(() => api.printTransferReceipts({ transferId })),
      printStoreReport: (from, to) => run(() => api.printStoreReport({ from, to })),
      windowPrinted: () => set({ windowReceiptSvg: null }),
    };
  };
}
