import type { Store } from '../../../shared/backend-api.js';
import { maskCode } from '../../../shared/claim-code.js';
import type { TerminalClose } from '../../../shared/terminal-api.js';
import { money } from '../../format/store-format.js';

const DIFFERENCE_TEXT = {
  terminal_only: 'approved on this terminal, missing from the ledger',
  backend_only: 'in the ledger, never approved on this terminal',
} as const;

/**
 * The Z report's check of this terminal's own record against the backend's ledger, and the
 * redemptions whose answer was lost and that the terminal settled by asking during the shift.
 */
export function Reconciliation({
  terminal,
  currency,
  store,
}: {
  terminal: TerminalClose | undefined;
  currency: string;
  store: Store | undefined;
}) {
  if (terminal === undefined) return null;
  const { reconciliation, resolved } = terminal;
  const format = (amountMinor: number) => money(amountMinor, currency, store);
  return (
    <section className="reconciliation" aria-label="Terminal and ledger">
      {reconciliation.matched ? (
        <p role="status">
          Terminal and ledger agree: {reconciliation.terminalCount} redemption(s),{' '}
          {format(reconciliation.terminalMinor)}.
        </p>
      ) : (
        <div role="alert">
          <h2>Terminal and ledger differ — call a manager</h2>
          <ul>
            {reconciliation.differences.map((difference, index) => (
              <li key={`${difference.kind}-${difference.last4}-${index}`}>
                {maskCode(difference.last4)} · {format(difference.amountMinor)} · {DIFFERENCE_TEXT[difference.kind]}
              </li>
            ))}
          </ul>
        </div>
      )}
      {resolved.length > 0 && (
        <ul aria-label="Checked after a lost answer">
          {resolved.map((outcome) => (
            <li key={outcome.tenderId}>
              {maskCode(outcome.last4)} · {format(outcome.redemption?.amountMinor ?? outcome.amountMinor ?? 0)} ·{' '}
              {outcome.state === 'applied' ? 'Charged — approved' : 'Not charged'}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
