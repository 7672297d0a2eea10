import { useAppStore } from '../store/store-context.js';
import { BalanceSlipButton } from './BalanceSlipButton.js';
import { CardSummary } from './CardSummary.js';
import { TenderForm } from './TenderForm.js';

export function CardPanel() {
  const card = useAppStore((state) => state.card);
  const mode = useAppStore((state) => state.mode);
  const nextCustomer = useAppStore((state) => state.nextCustomer);
  if (card === null) return null;
  return (
    <div className="card-panel">
      <h2>{mode === 'balance' ? 'Card balance' : 'Card found'}</h2>
      <CardSummary card={card} />
      {mode === 'redeem' ? (
        <>
          <TenderForm card={card} />
          {/* The customer changed their mind: back to an empty code field without redeeming. */}
          <button className="button" type="button" onClick={nextCustomer}>
            Next customer
          </button>
        </>
      ) : (
        <>
          <button className="button button--primary" type="button" autoFocus onClick={nextCustomer}>
            Next customer
          </button>
          <BalanceSlipButton />
        </>
      )}
    </div>
  );
}
