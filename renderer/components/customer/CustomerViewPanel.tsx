import { maskCode } from '../../../shared/claim-code.js';
import type { CustomerView } from '../../../shared/customer-display.js';
import { formatMoney } from '../../../shared/money.js';
import { currentLocale, useT } from '../../i18n/index.js';
import { CustomerFacts } from './CustomerFacts.js';
import './customer.css';

/** One view of the customer display: a heading the customer reads first, then the amounts. */
export function CustomerViewPanel({ view }: { view: CustomerView }) {
  const { t } = useT();
  const money = (amountMinor: number, currency: string) =>
    formatMoney(amountMinor, currency, currentLocale(view.locale));
  const card =
    'last4' in view && view.last4 !== null ? (
      <p className="customer-view__line">{t('customerDisplay.card', { card: maskCode(view.last4) })}</p>
    ) : null;
  switch (view.kind) {
    case 'idle':
      return (
        <div className="customer-view">
          <h1 className="customer-view__title">{t('customerDisplay.welcome')}</h1>
          {view.storeName !== null && <p className="customer-view__line">{view.storeName}</p>}
        </div>
      );
    case 'balance':
      return (
        <div className="customer-view">
          <h1 className="customer-view__title">{t('customerDisplay.balance')}</h1>
          <p className="customer-view__amount">{money(view.balanceMinor, view.currency)}</p>
          {card}
        </div>
      );
    case 'confirm':
      return (
        <div className="customer-view">
          <h1 className="customer-view__title">
            {t('customerDisplay.redeeming', { amount: money(view.amountMinor, view.currency) })}
          </h1>
          {card}
        </div>
      );
    case 'approved':
      return (
        <div className="customer-view customer-view--approved">
          <h1 className="customer-view__title">{t('customerDisplay.thankYou')}</h1>
          <CustomerFacts
            label={t('customerDisplay.payment')}
            facts={[
              [t('customerDisplay.redeemed'), money(view.amountMinor, view.currency)],
              [t('customerDisplay.remaining'), money(view.balanceAfterMinor, view.currency)],
            ]}
          />
          {view.stillDueMinor !== null && (
            <p className="customer-view__due">
              {t('customerDisplay.stillDue', { amount: money(view.stillDueMinor, view.currency) })}
            </p>
          )}
          {card}
        </div>
      );
    case 'notice':
      return view.notice === 'declined' ? (
        <div className="customer-view customer-view--declined">
          <h1 className="customer-view__title">{t('customerDisplay.declined')}</h1>
          <p className="customer-view__line">{t('customerDisplay.seeCashier')}</p>
        </div>
      ) : (
        <div className="customer-view">
          <h1 className="customer-view__title">{t('customerDisplay.wait')}</h1>
          <p className="customer-view__line">{t('customerDisplay.checking')}</p>
        </div>
      );
  }
}
