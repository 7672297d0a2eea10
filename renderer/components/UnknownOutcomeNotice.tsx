import { errorText } from '../format/error-text.js';
import { useAppStore } from '../store/store-context.js';
import { useT } from '../i18n/index.js';

const UNKNOWN = { code: 'outcome_unknown', message: 'the answer to a redemption was lost' } as const;

/**
 * The one voice for a redemption whose answer was lost: the same title as the status bar (do not
 * hand over goods) and what the terminal is doing about it, whether it is still asking the service
 * (`checking`) or has not reached it yet.
 */
export function UnknownOutcomeNotice({ checking }: { checking: boolean }) {
  const { t } = useT();
  const store = useAppStore((state) => state.session?.store);
  const text = errorText(UNKNOWN, store);
  return (
    <div className="unknown-outcome">
      <div role="alert">
        <h2 className="error-panel__title">{text.title}</h2>
        <p className="error-panel__next">{text.nextStep}</p>
      </div>
      {checking && <p role="status">{t('redeem.error.checking')}</p>}
    </div>
  );
}
