import { useAppStore } from '../../store/store-context.js';
import { PrintButton } from '../PrintButton.js';

/**
 * Prints the X or Z report on the receipt printer. The host builds the report from the backend's
 * totals, so the paper always matches what the screen shows.
 */
export function PrintReportButton({ kind }: { kind: 'x' | 'z' }) {
  const printShiftReport = useAppStore((state) => state.printShiftReport);
  return <PrintButton label={`Print ${kind === 'x' ? 'X' : 'Z'} report`} onPrint={() => printShiftReport(kind)} />;
}
