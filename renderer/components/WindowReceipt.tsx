import { useEffect } from 'react';
import '../styles/print.css';

/**
 * One print job at a time on this page: a print() while the browser still prints the previous one
 * fails ("Page is already being printed") or stacks dialogs. The browser says a job ended with
 * afterprint; a receipt that arrives before that waits for it.
 */
let windowPrinting = false;
let nextPrint: (() => void) | null = null;
window.addEventListener('afterprint', () => {
  windowPrinting = false;
  const next = nextPrint;
  nextPrint = null;
  next?.();
});

function printWhenFree(): void {
  if (windowPrinting) {
    nextPrint = printWhenFree;
    return;
  }
  windowPrinting = true;
  window.print();
}

/**
 * A receipt for the system printer: the host's SVG of the same document the thermal printers get,
 * shown only to the print media, then the print dialog (Electron prints this page silently to the
 * configured printer; a browser offers its printers and Save as PDF).
 */
export function WindowReceipt({ svg }: { svg: string }) {
  useEffect(() => {
    // The browser lays the receipt out before the dialog opens; print() after that paint.
    const frame = requestAnimationFrame(printWhenFree);
    return () => cancelAnimationFrame(frame);
  }, [svg]);
  // The SVG comes from the host, rendered by receiptline from the receipt document (text escaped).
  return (
    <div className="printable-receipt" data-testid="printable-receipt" dangerouslySetInnerHTML={{ __html: svg }} />
  );
}
