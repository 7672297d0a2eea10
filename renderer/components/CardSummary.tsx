import type { CardView } from '../../shared/backend-api.js';
import { maskCode } from '../../shared/claim-code.js';
import { useAppStore } from '../store/store-context.js';
import { money } from '../format/store-format.js';
import { useT } from '../i18n/index.js';

/** The backend's answer about a card, shown as it came: masked code, status, balance, currency. */
export function CardSummary({ card }: { card: CardView }) {
  const { t } = useT();
  const store = useAppStore((state) => state.session?.store);
  return (
    <div role="group" aria-label={t('redeem.card.group')}>
      <dl className="card-summary">
        <div>
          <dt>{t('redeem.card.card')}</dt>
          <dd>{maskCode(card.last4)}</dd>
        </div>
        <div>
          <dt>{t('redeem.card.status')}</dt>
          <dd>{t(`redeem.card.statuses.${card.status}`)}</dd>
        </div>
        <div>
          <dt>{t('redeem.card.balance')}</dt>
          <dd className="facts__money">{money(card.balanceMinor, card.currency, store)}</dd>
        </div>
        <div>
          <dt>{t('redeem.card.currency')}</dt>
          <dd>{card.currency}</dd>
        </div>
      </dl>
    </div>
  );
}
