import type { Outcome } from '../../shared/terminal-api.js';
import { useT } from '../i18n/index.js';
import { ModalDialog } from './ModalDialog.js';
import { OutcomeItem } from './OutcomeItem.js';

/**
 * Every recent redemption and sale checked after a lost answer, newest first, each with its Print
 * receipt: opened from the status bar, which itself keeps only the newest one in view.
 */
export function CheckedOutcomesDialog({ outcomes, onClose }: { outcomes: Outcome[]; onClose: () => void }) {
  const { t } = useT();
  return (
    <ModalDialog title={t('outcomeList.dialogTitle')} onClose={onClose} wide>
      <ul className="outcome-list outcome-list--column">
        {outcomes.map((outcome) => (
          <OutcomeItem key={`${outcome.tenderId}-${outcome.state}`} outcome={outcome} />
        ))}
      </ul>
      <div className="actions">
        <button className="button" type="button" autoFocus onClick={onClose}>
          {t('outcomeList.close')}
        </button>
      </div>
    </ModalDialog>
  );
}
