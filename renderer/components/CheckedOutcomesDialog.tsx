import { createPortal } from 'react-dom';
import type { Outcome } from '../../shared/terminal-api.js';
import { useT } from '../i18n/index.js';
import { modalKeyDown } from './focus-trap.js';
import { OutcomeItem } from './OutcomeItem.js';

/**
 * Every recent redemption and sale checked after a lost answer, newest first, each with its Print
 * receipt: opened from the status bar, which itself keeps only the newest one in view.
 */
export function CheckedOutcomesDialog({ outcomes, onClose }: { outcomes: Outcome[]; onClose: () => void }) {
  const { t } = useT();
  // Out of the status bar, so it takes none of the bar's colours or type.
  return createPortal(
    <div className="dialog-backdrop">
      <div
        className="dialog dialog--wide"
        role="dialog"
        aria-modal="true"
        aria-labelledby="checked-outcomes-heading"
        onKeyDown={modalKeyDown(onClose)}
      >
        <h2 id="checked-outcomes-heading">{t('outcomeList.dialogTitle')}</h2>
        <ul className="outcome-list outcome-list--column" aria-labelledby="checked-outcomes-heading">
          {outcomes.map((outcome) => (
            <OutcomeItem key={`${outcome.tenderId}-${outcome.state}`} outcome={outcome} />
          ))}
        </ul>
        <div className="actions">
          <button className="button" type="button" autoFocus onClick={onClose}>
            {t('outcomeList.close')}
          </button>
        </div>
      </div>
    </div>,
    document.body,
  );
}
