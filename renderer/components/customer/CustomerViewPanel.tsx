import { maskCode } from '../../../shared/claim-code.js';
import type { CustomerView } from '../../../shared/customer-display.js';
import { formatMoney } from '../../../shared/money.js';
import { currentLocale, useT } from '../../i18n/index.js';
import { CustomerFacts } from './CustomerFacts.js';
import './customer.css';

/**
 * One view of the customer display: a heading the customer reads first, then the amounts. The
 * cashier's screen mirrors the same view in its side panel, where the title is plain text
 * (`mirrored`): the cashier's own step keeps the only headings there.
 */
export function CustomerViewPanel({ view, mirrored = false }: { view: CustomerView; mirrored?: boolean }) {
  const { t } = useT();
  const Heading = mirrored ? 'p' : 'h1';
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
          <Heading className="customer-view__title">{t('customerDisplay.welcome')}</Heading>
          {view.storeName !== null && <p className="customer-view__line">{view.storeName}</p>}
        </div>
      );
    case 'balance':
      return (
        <div className="customer-view">
          <Heading className="customer-view__title">{t('customerDisplay.balance')}</Heading>
          <p className="customer-view__amount">{money(view.balanceMinor, view.currency)}</p>
          {card}
        </div>
      );
    case 'confirm':
      return (
        <div className="customer-view">
          <Heading className="customer-view__title">
            {t('customerDisplay.redeeming', { amount: money(view.amountMinor, view.currency) })}
          </Heading>
          {card}
        </div>
      );
    case 'approved':
      return (
        <div className="customer-view customer-view--approved">
          <Heading className="customer-view__title">{t('customerDisplay.thankYou')}</Heading>
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
          <Heading className="customer-view__title">{t('customerDisplay.declined')}</Heading>
          <p className="customer-view__line">{t('customerDisplay.seeCashier')}</p>
        </div>
      ) : (
        <div className="customer-view">
          <Heading className="customer-view__title">{t('customerDisplay.wait')}</Heading>
          <p className="customer-view__line">{t('customerDisplay.checking')}</p>
        </div>
      );
  }
}
