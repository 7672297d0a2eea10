import type { CloseShiftResponse, Store } from '../../../shared/backend-api.js';
import { maskCode } from '../../../shared/claim-code.js';
import { money } from '../../format/store-format.js';
import { shortTime } from '../manager/report-format.js';
import { useT } from '../../i18n/index.js';

type Activity = CloseShiftResponse['report']['activities'][number];

const KINDS = ['redeem', 'void', 'reversal', 'activate', 'load', 'refund'] as const;
const isKnownKind = (kind: string): kind is (typeof KINDS)[number] => (KINDS as readonly string[]).includes(kind);

/** The shift's ledger activities, newest last, with masked codes only. */
export function ShiftActivities(props: { activities: Activity[]; currency: string; store: Store | undefined }) {
  const { t } = useT();
  if (props.activities.length === 0) return <p>{t('shift.activities.none')}</p>;
  return (
    <table className="report-table" aria-label={t('shift.activities.caption')}>
      <thead>
        <tr>
          <th scope="col">{t('shift.activities.time')}</th>
          <th scope="col">{t('shift.activities.kind')}</th>
          <th scope="col">{t('shift.activities.card')}</th>
          <th scope="col" className="report-table__number">
            {t('shift.activities.amount')}
          </th>
        </tr>
      </thead>
      <tbody>
        {props.activities.map((activity) => (
          <tr key={activity.id}>
            <td>{shortTime(activity.createdAt, props.store, false)}</td>
            <td>{isKnownKind(activity.kind) ? t(`shift.activities.kinds.${activity.kind}`) : activity.kind}</td>
            <td>{maskCode(activity.card.last4)}</td>
            <td className="report-table__number">
              {money(Math.abs(activity.amountMinor), props.currency, props.store)}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
