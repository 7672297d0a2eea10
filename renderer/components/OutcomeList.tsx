import { useRef, useState } from 'react';
import { useAppStore } from '../store/store-context.js';
import { useT } from '../i18n/index.js';
import { CheckedOutcomesDialog } from './CheckedOutcomesDialog.js';
import { OutcomeItem } from './OutcomeItem.js';

/** How many settled outcomes the terminal keeps to show (the host keeps the outbox itself). */
const SETTLED_SHOWN = 5;

/**
 * Redemptions and sales whose answer was lost (a dropped connection, a restart): the ones still
 * pending and the newest that was settled stay in the status bar, so the cashier knows which
 * customer was charged; earlier ones sit behind one button, so the bar stays a row or two high
 * and never squeezes the counter screen.
 */
export function OutcomeList() {
  const outcomes = useAppStore((state) => state.outcomes);
  const { t } = useT();
  const [showAll, setShowAll] = useState(false);
  const earlierButton = useRef<HTMLButtonElement>(null);
  function closeAll() {
    setShowAll(false);
    // Back to where the cashier was, as after any dialog.
    earlierButton.current?.focus();
  }
  const settled = outcomes.resolved.slice(-SETTLED_SHOWN).reverse();
  const inline = [...outcomes.pending, ...settled.slice(0, 1)];
  const earlier = settled.length - 1;
  if (inline.length === 0) return null;
  return (
    <>
      <ul className="outcome-list" aria-label={t('outcomeList.label')}>
        {inline.map((outcome) => (
          <OutcomeItem key={`${outcome.tenderId}-${outcome.state}`} outcome={outcome} />
        ))}
      </ul>
      {earlier > 0 && (
        <button ref={earlierButton} className="button button--small" type="button" onClick={() => setShowAll(true)}>
          {t('outcomeList.earlier', { count: earlier })}
        </button>
      )}
      {showAll && <CheckedOutcomesDialog outcomes={settled} onClose={closeAll} />}
    </>
  );
}
