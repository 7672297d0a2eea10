import { useAppStore } from '../store/store-context.js';
import { cardProblem } from '../store/card-problem.js';
import { BalanceSlipButton } from './BalanceSlipButton.js';
import { CardSummary } from './CardSummary.js';
import { TenderForm } from './TenderForm.js';
import { NextCustomerButton } from './NextCustomerButton.js';
import { useT } from '../i18n/index.js';

export function CardPanel() {
  const { t } = useT();
  const card = useAppStore((state) => state.card);
  const mode = useAppStore((state) => state.mode);
  const store = useAppStore((state) => state.session?.store);
  const redeemCardOnScreen = useAppStore((state) => state.redeemCardOnScreen);
  const code = useAppStore((state) => state.code);
  const reloadAllowed = useAppStore((state) => state.saleSettings?.reloadAllowed === true);
  const openSale = useAppStore((state) => state.openSale);
  if (card === null) return null;
  // A balance check (or a card a manager just unfroze) that this store can take: redeem it at once.
  const redeemable = store !== undefined && cardProblem(card, store) === null;
  return (
    <div className="card-panel step">
      <div className="step__body">
        <div className="card-panel__head">
          <h2>{mode === 'balance' ? t('redeem.card.balanceHeading') : t('redeem.card.found')}</h2>
          <CardSummary card={card} />
        </div>
        {mode === 'redeem' && <TenderForm card={card} />}
      </div>
      <div className="actions step__actions">
        {mode === 'redeem' ? (
          // The customer changed their mind: back to an empty code field without redeeming.
          <NextCustomerButton />
        ) : (
          <>
            <NextCustomerButton primary autoFocus />
            {redeemable && (
              <button className="button" type="button" onClick={redeemCardOnScreen}>
                {t('redeem.card.redeemThisCard')}
              </button>
            )}
            <BalanceSlipButton />
          </>
        )}
        {/* Only where the store reloads cards: the cards most stores sell cannot take more money. */}
        {reloadAllowed && card.status === 'active' && code !== null && (
          <button className="button" type="button" onClick={() => openSale(code, 'load')}>
            {t('sale.addMoney')}
          </button>
        )}
      </div>
    </div>
  );
}
