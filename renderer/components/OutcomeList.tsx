import { maskCode } from '../../shared/claim-code.js';
import type { Outcome } from '../../shared/terminal-api.js';
import { money } from '../format/store-format.js';
import { useAppStore } from '../store/store-context.js';

const OUTCOME_TEXT: Record<Outcome['state'], string> = {
  checking: 'Checking…',
  unknown: 'Outcome unknown — do not hand over goods',
  applied: 'Charged — approved',
  reversed: 'Not charged',
};

/**
 * Redemptions whose answer was lost (a dropped connection, a restart): the ones still pending and
 * what became of the others, so the cashier knows which customers were charged.
 */
export function OutcomeList() {
  const outcomes = useAppStore((state) => state.outcomes);
  const store = useAppStore((state) => state.session?.store);
  const shown = [...outcomes.pending, ...outcomes.resolved.slice(-5).reverse()];
  if (shown.length === 0) return null;
  return (
    <ul className="outcome-list" aria-label="Redemptions checked after a lost answer">
      {shown.map((outcome) => (
        <li key={`${outcome.tenderId}-${outcome.state}`} className={`outcome-list__item outcome--${outcome.state}`}>
          {maskCode(outcome.last4)}
          {amountOf(outcome) !== null && <> · {money(amountOf(outcome) ?? 0, outcome.currency, store)}</>}
          {' · '}
          {OUTCOME_TEXT[outcome.state]}
        </li>
      ))}
    </ul>
  );
}

/** What was asked, or what the backend took when the full balance was asked for. */
function amountOf(outcome: Outcome): number | null {
  return outcome.redemption?.amountMinor ?? outcome.amountMinor;
}
