import { errorText } from '../../format/error-text.js';
import { useAppStore } from '../../store/store-context.js';

/**
 * Prints the X or Z report on the receipt printer. The host builds the report from the backend's
 * totals, so the paper always matches what the screen shows.
 */
export function PrintReportButton({ kind }: { kind: 'x' | 'z' }) {
  const printer = useAppStore((state) => state.printer);
  const printing = useAppStore((state) => state.printing);
  const printError = useAppStore((state) => state.printError);
  const printShiftReport = useAppStore((state) => state.printShiftReport);
  if (printer === null || printer.transport === 'none') return null;
  const problem = printer.queuedCount > 0 || !['ready', 'unknown'].includes(printer.condition);
  return (
    <>
      <button className="button" type="button" disabled={printing} onClick={() => void printShiftReport(kind)}>
        Print {kind === 'x' ? 'X' : 'Z'} report
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
