import { useAppStore } from '../store/store-context.js';
import { PrintButton } from './PrintButton.js';

/**
 * Prints a balance slip for the card just looked up, on request. The host looks the card up again,
 * so the slip shows the backend's balance at the moment it prints.
 */
export function BalanceSlipButton() {
  const printBalanceSlip = useAppStore((state) => state.printBalanceSlip);
  return <PrintButton label="Print balance slip" onPrint={printBalanceSlip} />;
}
