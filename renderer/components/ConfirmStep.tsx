import { maskCode } from '../../shared/claim-code.js';
import { useAppStore } from '../store/store-context.js';
import { money } from '../format/store-format.js';

/**
 * The last step before money moves. The tender id was made when this step opened; Confirm is
 * disabled while the call is pending, and the store ignores a second confirm, so a double click or
 * a repeated Enter sends one redemption.
 */
export function ConfirmStep() {
  const card = useAppStore((state) => state.card);
  const tender = useAppStore((state) => state.tender);
  const pending = useAppStore((state) => state.pending);
  const checking = useAppStore((state) => state.checking);
  const store = useAppStore((state) => state.session?.store);
  const confirmRedeem = useAppStore((state) => state.confirmRedeem);
  const back = useAppStore((state) => state.back);
  if (card === null || tender === null) return null;

  const amount = money(tender.amountMinor, card.currency, store);
  const stillDueMinor = tender.kind === 'sale' ? tender.saleTotalMinor - tender.amountMinor : 0;
  return (
    <div className="confirm" aria-busy={pending}>
      <h2 id="confirm-question">
        Redeem {amount} from {maskCode(card.last4)}?
      </h2>
      {tender.kind === 'full' && <p>The full balance of the card.</p>}
      {tender.kind === 'sale' && (
        <p>
          Sale total {money(tender.saleTotalMinor, card.currency, store)}
          {stillDueMinor > 0 && <> — {money(stillDueMinor, card.currency, store)} will still be due</>}
        </p>
      )}
      <div className="actions">
        <button
          className="button button--primary"
          type="button"
          autoFocus
          disabled={pending}
          onClick={() => void confirmRedeem()}
        >
          Confirm redemption
        </button>
        <button className="button" type="button" disabled={pending} onClick={back}>
          Back
        </button>
      </div>
      {pending && <p role="status">{checking ? 'Checking…' : 'Redeeming…'}</p>}
    </div>
  );
}
