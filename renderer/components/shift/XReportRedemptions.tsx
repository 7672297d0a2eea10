import type { CurrentShiftResponse, Store, VoidResponse } from '../../../shared/backend-api.js';
import { maskCode } from '../../../shared/claim-code.js';
import { money } from '../../format/store-format.js';
import { shortTime } from '../manager/report-format.js';
import { VoidRedemption } from '../manager/VoidRedemption.js';
import { useT } from '../../i18n/index.js';

type Activity = NonNullable<CurrentShiftResponse['activities']>[number];

/**
 * The open shift's redemptions, each with Void while it can still be voided (a manager approves).
 * Cards by last 4 only, as the backend sends them. What a void did is for the caller to show.
 */
export function XReportRedemptions(props: {
  activities: Activity[];
  currency: string;
  store: Store | undefined;
  onVoided: (voided: VoidResponse) => void;
}) {
  const { t } = useT();
  const redemptions = props.activities.filter((activity) => activity.kind === 'redeem');
  if (redemptions.length === 0) return <p>{t('shift.redemptions.none')}</p>;
  return (
    <table className="report-table" aria-label={t('shift.redemptions.caption')}>
      <thead>
        <tr>
          <th scope="col">{t('shift.redemptions.time')}</th>
          <th scope="col">{t('shift.redemptions.card')}</th>
          <th scope="col" className="report-table__number">
            {t('shift.redemptions.amount')}
          </th>
          <th scope="col">{t('shift.redemptions.void')}</th>
        </tr>
      </thead>
      <tbody>
        {redemptions.map((activity) => (
          <tr key={activity.id}>
            <td>{shortTime(activity.createdAt, props.store, false)}</td>
            <td>{maskCode(activity.card.last4)}</td>
            <td className="report-table__number">
              {money(Math.abs(activity.amountMinor), props.currency, props.store)}
            </td>
            <td>
              {activity.redemptionId !== null && activity.redemptionStatus === 'applied' ? (
                <VoidRedemption
                  redemption={{
                    id: activity.redemptionId,
                    amountMinor: Math.abs(activity.amountMinor),
                    currency: props.currency,
                    card: activity.card,
                  }}
                  onVoided={props.onVoided}
                />
              ) : activity.redemptionStatus === null ? (
                ''
              ) : (
                t(`shift.redemptions.statuses.${activity.redemptionStatus}`)
              )}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
