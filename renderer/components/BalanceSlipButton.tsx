import { useAppStore } from '../store/store-context.js';
import { PrintButton } from './PrintButton.js';
import { useT } from '../i18n/index.js';

/**
 * Prints a balance slip for the card just looked up, on request. The host looks the card up again,
 * so the slip shows the backend's balance at the moment it prints.
 */
export function BalanceSlipButton() {
  const { t } = useT();
  const printBalanceSlip = useAppStore((state) => state.printBalanceSlip);
  return <PrintButton label={t('printing.balanceSlip')} onPrint={printBalanceSlip} />;
}
