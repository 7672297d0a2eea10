import type { CardStatus, CardView } from '../../shared/backend-api.js';
import { maskCode } from '../../shared/claim-code.js';
import { useAppStore } from '../store/store-context.js';
import { money } from '../format/store-format.js';

const STATUS_LABEL: Record<CardStatus, string> = {
  active: 'Active',
  inactive: 'Not activated',
  frozen: 'Frozen',
  closed: 'Closed',
};

/** The backend's answer about a card, shown as it came: masked code, status, balance, currency. */
export function CardSummary({ card }: { card: CardView }) {
  const store = useAppStore((state) => state.session?.store);
  return (
    <div role="group" aria-label="Card">
      <dl className="facts">
        <dt>Card</dt>
        <dd>{maskCode(card.last4)}</dd>
        <dt>Status</dt>
        <dd>{STATUS_LABEL[card.status]}</dd>
        <dt>Balance</dt>
        <dd className="facts__money">{money(card.balanceMinor, card.currency, store)}</dd>
        <dt>Currency</dt>
        <dd>{card.currency}</dd>
      </dl>
    </div>
  );
}
