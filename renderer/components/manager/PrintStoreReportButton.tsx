import { useT } from '../../i18n/index.js';
import { useAppStore } from '../../store/store-context.js';
import { PrintButton } from '../PrintButton.js';

/**
 * Prints the store's shift report for the range the manager view shows. The host asks the backend
 * for the same report again and prints it, so the paper matches the ledger, not the screen's copy.
 */
export function PrintStoreReportButton({ range }: { range: { from: string; to: string } }) {
  const { t } = useT();
  const printStoreReport = useAppStore((state) => state.printStoreReport);
  return <PrintButton label={t('storeReport.print')} onPrint={() => printStoreReport(range.from, range.to)} />;
}
