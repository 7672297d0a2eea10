import { useT } from '../i18n/index.js';
import { useAppStore } from '../store/store-context.js';

/**
 * Receipts waiting for the printer when no approved redemption is on screen — after a restart the
 * queue comes back from disk — with Retry printing. On the approved screen PrintControls says it.
 */
export function PrintQueueNotice() {
  const printer = useAppStore((state) => state.printer);
  const approvedOnScreen = useAppStore((state) => state.step === 'approved');
  const printing = useAppStore((state) => state.printing);
  const retryPrint = useAppStore((state) => state.retryPrint);
  const { t } = useT();
  if (printer === null || printer.queuedCount === 0 || approvedOnScreen) return null;
  const problem = printer.condition !== 'ready' && printer.condition !== 'unknown';
  return (
    <div className="status-bar__item status-bar__item--warn" role="group" aria-label={t('printQueue.region')}>
      <span role="alert">
        {t('printQueue.waiting', { count: printer.queuedCount })}
        {problem && <> — {printer.message}</>}
      </span>{' '}
      <button className="button button--small" type="button" disabled={printing} onClick={() => void retryPrint()}>
        {t('printQueue.retry')}
      </button>
    </div>
  );
}
