import { errorText } from '../format/error-text.js';
import { useAppStore } from '../store/store-context.js';

/**
 * Prints a balance slip for the card just looked up, on request. The host looks the card up again,
 * so the slip shows the backend's balance at the moment it prints.
 */
export function BalanceSlipButton() {
  const printer = useAppStore((state) => state.printer);
  const printing = useAppStore((state) => state.printing);
  const printError = useAppStore((state) => state.printError);
  const printBalanceSlip = useAppStore((state) => state.printBalanceSlip);
  if (printer === null || printer.transport === 'none') return null;
  const problem = printer.queuedCount > 0 || !['ready', 'unknown'].includes(printer.condition);
  return (
    <>
      <button className="button" type="button" disabled={printing} onClick={() => void printBalanceSlip()}>
        Print balance slip
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
