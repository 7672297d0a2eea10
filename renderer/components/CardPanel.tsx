import { useAppStore } from '../store/store-context.js';
import { BalanceSlipButton } from './BalanceSlipButton.js';
import { CardSummary } from './CardSummary.js';
import { TenderForm } from './TenderForm.js';
import { NextCustomerButton } from './NextCustomerButton.js';
import { useT } from '../i18n/index.js';

export function CardPanel() {
  const { t } = useT();
  const card = useAppStore((state) => state.card);
  const mode = useAppStore((state) => state.mode);
  if (card === null) return null;
  return (
    <div className="card-panel">
      <h2>{mode === 'balance' ? t('redeem.card.balanceHeading') : t('redeem.card.found')}</h2>
      <CardSummary card={card} />
      {mode === 'redeem' ? (
        <>
          <TenderForm card={card} />
          {/* The customer changed their mind: back to an empty code field without redeeming. */}
          <NextCustomerButton />
        </>
      ) : (
        <>
          <NextCustomerButton primary autoFocus />
          <BalanceSlipButton />
        </>
      )}
    </div>
  );
}
