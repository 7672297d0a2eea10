import { useAppStore } from '../../store/store-context.js';
import { PrintButton } from '../PrintButton.js';
import { useT } from '../../i18n/index.js';

/**
 * Prints the X or Z report on the receipt printer. The host builds the report from the backend's
 * totals, so the paper always matches what the screen shows.
 */
export function PrintReportButton({ kind }: { kind: 'x' | 'z' }) {
  const { t } = useT();
  const printShiftReport = useAppStore((state) => state.printShiftReport);
  return (
    <PrintButton label={kind === 'x' ? t('shift.printX') : t('shift.printZ')} onPrint={() => printShiftReport(kind)} />
  );
}
