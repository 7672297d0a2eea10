import type { PrintOutcome } from '../../../shared/receipt/printing-api.js';

const DELIVERY_TEXT: Record<PrintOutcome['delivery'], string> = {
  printed: 'Test page printed.',
  queued: 'Test page not printed: it waits for the printer.',
  window: 'Test page sent to the system print dialog.',
};

/** What the printer answered to Test print: printed, or why not (paper out, offline …). */
export function TestPrintAnswer({ outcome }: { outcome: PrintOutcome }) {
  const problem = outcome.delivery === 'queued';
  return (
    <div className={`message ${problem ? 'message--error' : ''}`} role="status" aria-label="Printer answer">
      <strong>{DELIVERY_TEXT[outcome.delivery]}</strong> {outcome.status.message}
    </div>
  );
}
