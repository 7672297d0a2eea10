import type { Redemption } from '../../shared/backend-api.js';
import { maskCode } from '../../shared/claim-code.js';
import { useAppStore } from '../store/store-context.js';
import { dateTime, money } from '../format/store-format.js';

/** An on-screen receipt; it carries the same facts a printed one will. */
export function ReceiptPreview({
  redemption,
  stillDueMinor,
}: {
  redemption: Redemption;
  stillDueMinor: number | null;
}) {
  const session = useAppStore((state) => state.session);
  if (session === null) return null;
  const { store } = session;
  const format = (amountMinor: number) => money(amountMinor, redemption.currency, store);
  const lines: ReadonlyArray<readonly [string, string]> = [
    ['Terminal', session.terminal.name],
    ['Cashier', session.cashier.name],
    ['Date', dateTime(redemption.createdAt, store)],
    ['Gift card', maskCode(redemption.card.last4)],
    ['Redeemed', format(redemption.amountMinor)],
    ['Balance before', format(redemption.balanceBeforeMinor)],
    ['Balance after', format(redemption.balanceAfterMinor)],
    ['Transaction', redemption.id],
    ...(stillDueMinor !== null && stillDueMinor > 0 ? [['Still due', format(stillDueMinor)] as const] : []),
  ];
  return (
    <section className="receipt" aria-label="Receipt preview">
      <p className="receipt__store">{store.name}</p>
      <p className="receipt__address">{store.address}</p>
      <p className="receipt__heading">Gift card redemption</p>
      <dl className="receipt__lines">
        {lines.map(([label, value]) => (
          <div className="receipt__line" key={label}>
            <dt>{label}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
