import { errorText } from '../format/error-text.js';
import { useAppStore } from '../store/store-context.js';

/**
 * A button that prints one document on the receipt printer, and says so when the printer cannot
 * take it (paper out, offline, receipts waiting). Hidden when no printer is set up.
 */
export function PrintButton({ label, onPrint }: { label: string; onPrint: () => Promise<void> }) {
  const printer = useAppStore((state) => state.printer);
  const printing = useAppStore((state) => state.printing);
  const printError = useAppStore((state) => state.printError);
  if (printer === null || printer.transport === 'none') return null;
  const problem = printer.queuedCount > 0 || !['ready', 'unknown'].includes(printer.condition);
  return (
    <>
      <button className="button" type="button" disabled={printing} onClick={() => void onPrint()}>
        {label}
      </button>
      {problem && (
        <p className="message message--warn" role="alert">
          {printer.message}
        </p>
      )}
      {printError && (
        <p className="message message--warn" role="alert">
          {errorText(printError, undefined).title}
        </p>
      )}
    </>
  );
}
