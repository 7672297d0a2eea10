import type { Store, Totals } from '../../../shared/backend-api.js';
import { dateTime, money } from '../../format/store-format.js';
import { useT } from '../../i18n/index.js';

/** The backend's totals for a shift, as counts and sums in the store's locale. */
export function ShiftTotals({ totals, store, label }: { totals: Totals; store: Store | undefined; label: string }) {
  const { t } = useT();
  const format = (amountMinor: number) => money(amountMinor, totals.currency, store);
  const when = (iso: string | null) => (iso === null ? t('shift.totals.noneYet') : dateTime(iso, store));
  return (
    <div role="group" aria-label={label}>
      <dl className="facts">
        <dt>{t('shift.totals.redemptions')}</dt>
        <dd>{totals.redemptionCount}</dd>
        <dt>{t('shift.totals.redeemed')}</dt>
        <dd className="facts__money">{format(totals.redeemedMinor)}</dd>
        <dt>{t('shift.totals.fullBalance')}</dt>
        <dd>{totals.fullRedemptionCount}</dd>
        <dt>{t('shift.totals.partial')}</dt>
        <dd>{totals.partialRedemptionCount}</dd>
        <dt>{t('shift.totals.voids')}</dt>
        <dd>{totals.voidCount}</dd>
        <dt>{t('shift.totals.voided')}</dt>
        <dd>{format(totals.voidedMinor)}</dd>
        <dt>{t('shift.totals.reversals')}</dt>
        <dd>{totals.reversalCount}</dd>
        <dt>{t('shift.totals.reversed')}</dt>
        <dd>{format(totals.reversedMinor)}</dd>
        {/* Money put on cards at the till, beside what was redeemed (never part of the net). */}
        <dt>{t('shift.totals.sold')}</dt>
        <dd>
          {t('shift.totals.countAmount', { count: totals.activationCount, amount: format(totals.activatedMinor) })}
        </dd>
        <dt>{t('shift.totals.loaded')}</dt>
        <dd>{t('shift.totals.countAmount', { count: totals.loadCount, amount: format(totals.loadedMinor) })}</dd>
        <dt>{t('shift.totals.refunded')}</dt>
        <dd>{t('shift.totals.countAmount', { count: totals.refundCount, amount: format(totals.refundedMinor) })}</dd>
        <dt>{t('shift.totals.netRedeemed')}</dt>
        <dd className="facts__money">{format(totals.netMinor)}</dd>
        <dt>{t('shift.totals.lockouts')}</dt>
        <dd>{totals.lockoutCount}</dd>
        <dt>{t('shift.totals.firstActivity')}</dt>
        <dd>{when(totals.firstActivityAt)}</dd>
        <dt>{t('shift.totals.lastActivity')}</dt>
        <dd>{when(totals.lastActivityAt)}</dd>
      </dl>
    </div>
  );
}
