import { maskCode } from '../../../shared/claim-code.js';
import { useAppStore } from '../../store/store-context.js';
import { money } from '../../format/store-format.js';
import { NextCustomerButton } from '../NextCustomerButton.js';
import { useT } from '../../i18n/index.js';

/**
 * The backend's answer to a sale, load or refund, shown as returned: the card by its last four, the
 * amount and the balance after. The terminal prints the receipt itself when the sale is approved.
 */
export function SoldPanel() {
  const { t } = useT();
  const sale = useAppStore((state) => state.saleResult);
  const purpose = useAppStore((state) => state.salePurpose);
  const store = useAppStore((state) => state.session?.store);
  const setMode = useAppStore((state) => state.setMode);
  const redeemActivatedCard = useAppStore((state) => state.redeemActivatedCard);
  if (sale === null) return null;
  const format = (minor: number) => money(minor, sale.currency, store);

  return (
    <div className="approved sold step">
      <div className="step__body">
        <div role="status">
          <h2 className="approved__title">{t(`sale.sold.${purpose}`, { balance: format(sale.balanceAfterMinor) })}</h2>
        </div>
        <div role="group" aria-label={t('sale.sold.group')}>
          <dl className="facts facts--pairs">
            <dt>{t('sale.sold.card')}</dt>
            <dd>{maskCode(sale.card.last4)}</dd>
            <dt>{t('sale.sold.amount')}</dt>
            <dd className="facts__money">{format(sale.amountMinor)}</dd>
            <dt>{t('sale.sold.balance')}</dt>
            <dd className="facts__money">{format(sale.balanceAfterMinor)}</dd>
            <dt>{t('sale.sold.transaction')}</dt>
            <dd className="facts__id">{sale.id}</dd>
          </dl>
        </div>
      </div>
      <div className="actions step__actions">
        <NextCustomerButton primary autoFocus />
        {purpose === 'activate' && (
          <button className="button" type="button" onClick={() => setMode('sell')}>
            {t('sale.sold.sellAnother')}
          </button>
        )}
        {purpose === 'fix' && (
          <button className="button" type="button" onClick={() => void redeemActivatedCard()}>
            {t('sale.sold.redeemNow')}
          </button>
        )}
      </div>
    </div>
  );
}
