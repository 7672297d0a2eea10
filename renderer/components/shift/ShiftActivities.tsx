import type { CloseShiftResponse, Store } from '../../../shared/backend-api.js';
import { maskCode } from '../../../shared/claim-code.js';
import { dateTime, money } from '../../format/store-format.js';

type Activity = CloseShiftResponse['report']['activities'][number];

const KIND_LABEL: Record<string, string> = { redeem: 'Redemption', void: 'Void', reversal: 'Reversal' };

/** The shift's ledger activities, newest last, with masked codes only. */
export function ShiftActivities(props: { activities: Activity[]; currency: string; store: Store | undefined }) {
  if (props.activities.length === 0) return <p>No activity in this shift.</p>;
  return (
    <table className="report-table">
      <caption>Activities</caption>
      <thead>
        <tr>
          <th scope="col">Time</th>
          <th scope="col">Kind</th>
          <th scope="col">Card</th>
          <th scope="col">Amount</th>
        </tr>
      </thead>
      <tbody>
        {props.activities.map((activity) => (
          <tr key={activity.id}>
            <td>{dateTime(activity.createdAt, props.store)}</td>
            <td>{KIND_LABEL[activity.kind] ?? activity.kind}</td>
            <td>{maskCode(activity.card.last4)}</td>
            <td>{money(Math.abs(activity.amountMinor), props.currency, props.store)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
