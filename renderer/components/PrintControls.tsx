import { useEffect } from 'react';
import { errorText } from '../format/error-text.js';
import { useT } from '../i18n/index.js';
import { useAppStore } from '../store/store-context.js';
import { WindowReceipt } from './WindowReceipt.js';

/**
 * Printing after an approved redemption: auto-print by policy, Print receipt, Retry printing while
 * the printer has a problem, and Reprint last receipt (printed DUPLICATE). None of it can touch the
 * redemption, which is already done.
 */
export function PrintControls({ redemptionId, stillDueMinor }: { redemptionId: string; stillDueMinor: number | null }) {
  const printer = useAppStore((state) => state.printer);
  const printing = useAppStore((state) => state.printing);
  const printError = useAppStore((state) => state.printError);
  const asked = useAppStore((state) => state.printedRedemptionIds.includes(redemptionId));
  const windowReceiptSvg = useAppStore((state) => state.windowReceiptSvg);
  const printRedemption = useAppStore((state) => state.printRedemption);
  const autoPrint = useAppStore((state) => state.autoPrint);
  const retryPrint = useAppStore((state) => state.retryPrint);
  const reprintLast = useAppStore((state) => state.reprintLast);
  const { t } = useT();
  // Save as PDF names the file, so the cashier can find it; a printer just took the receipt.
  const sentText = printer?.savedPdfPath ? t('savePdf.saved', { path: printer.savedPdfPath }) : t('printing.sent');

  const policy = printer?.autoPrint;
  useEffect(() => {
    void autoPrint(redemptionId, stillDueMinor);
  }, [autoPrint, policy, redemptionId, stillDueMinor]);

  if (printer === null || printer.transport === 'none') return null;
  const waiting = printer.queuedCount > 0;
  const problem = waiting || !['ready', 'unknown'].includes(printer.condition);

  return (
    <div className="print-controls" role="group" aria-label={t('printing.group')}>
      {problem ? (
        <p className="message message--warn" role="alert">
          {printer.message}
          {waiting ? ` ${t('printing.waiting', { count: printer.queuedCount })}` : ''}
        </p>
      ) : (
        <p className="print-controls__status" role="status">
          {printing ? t('printing.printing') : asked ? sentText : ''}
        </p>
      )}
      {printError && (
        <p className="message message--warn" role="alert">
          {errorText(printError, undefined).title} — {errorText(printError, undefined).nextStep}
        </p>
      )}
      <div className="print-controls__buttons">
        {!asked && (
          <button
            className="button"
            type="button"
            disabled={printing}
            onClick={() => void printRedemption(redemptionId, stillDueMinor)}
          >
            {t('printing.printReceipt')}
          </button>
        )}
        {waiting && (
          <button
            className="button button--primary"
            type="button"
            disabled={printing}
            onClick={() => void retryPrint()}
          >
            {t('printing.retryPrinting')}
          </button>
        )}
        {asked && printer.canReprint && (
          <button className="button" type="button" disabled={printing} onClick={() => void reprintLast()}>
            {t('printing.reprintLast')}
          </button>
        )}
      </div>
      {windowReceiptSvg !== null && <WindowReceipt svg={windowReceiptSvg} />}
    </div>
  );
}
