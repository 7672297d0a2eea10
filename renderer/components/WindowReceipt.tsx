import { useEffect } from 'react';
import '../styles/print.css';

/**
 * A receipt for the system printer: the host's SVG of the same document the thermal printers get,
 * shown only to the print media, then the print dialog (Electron prints this page silently to the
 * configured printer; a browser offers its printers and Save as PDF).
 */
export function WindowReceipt({ svg }: { svg: string }) {
  useEffect(() => {
    // The browser lays the receipt out before the dialog opens; print() after that paint.
    const frame = requestAnimationFrame(() => window.print());
    return () => cancelAnimationFrame(frame);
  }, [svg]);
  // The SVG comes from the host, rendered by receiptline from the receipt document (text escaped).
  return (
    <div className="printable-receipt" data-testid="printable-receipt" dangerouslySetInnerHTML={{ __html: svg }} />
  );
}
