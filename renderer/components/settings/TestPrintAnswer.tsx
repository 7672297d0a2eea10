import type { PrintOutcome } from '../../../shared/receipt/printing-api.js';
import { useT } from '../../i18n/index.js';

/** What the printer answered to Test print: printed, or why not (paper out, offline …). */
export function TestPrintAnswer({ outcome }: { outcome: PrintOutcome }) {
  const { t } = useT();
  const problem = outcome.delivery === 'queued';
  return (
    <div
      className={`message ${problem ? 'message--error' : ''}`}
      role="status"
      aria-label={t('printerSettings.answer')}
    >
      <strong>{t(`printerSettings.delivery.${outcome.delivery}`)}</strong> {outcome.status.message}
    </div>
  );
}
