import type { ShiftReportResponse } from '../../../shared/backend-api.js';
import { dateTime, money } from '../../format/store-format.js';

type ShiftEntry = ShiftReportResponse['shifts'][number];

/** The store's shifts in the range with their totals; each row opens that shift's transactions. */
export function ShiftTable(props: { report: ShiftReportResponse; onOpen: (entry: ShiftEntry) => void }) {
  const { store, shifts } = props.report;
  const format = (minor: number, currency: string) => money(minor, currency, store);
  if (shifts.length === 0) return <p>No shifts in this range.</p>;
  return (
    <table className="report-table">
      <caption>Shifts</caption>
      <thead>
        <tr>
          <th scope="col">Cashier</th>
          <th scope="col">Terminal</th>
          <th scope="col">Opened</th>
          <th scope="col">Status</th>
          <th scope="col">Redemptions</th>
          <th scope="col">Redeemed</th>
          <th scope="col">Voids</th>
          <th scope="col">Voided</th>
          <th scope="col">Net</th>
          <th scope="col">Transactions</th>
        </tr>
      </thead>
      <tbody>
        {shifts.map((entry) => (
          <tr key={entry.shift.id}>
            <th scope="row">{entry.cashierName}</th>
            <td>{entry.terminalName}</td>
            <td>{dateTime(entry.shift.openedAt, store)}</td>
            <td>{entry.shift.status === 'open' ? 'Open' : 'Closed'}</td>
            <td>{entry.totals.redemptionCount}</td>
            <td>{format(entry.totals.redeemedMinor, entry.totals.currency)}</td>
            <td>{entry.totals.voidCount}</td>
            <td>{format(entry.totals.voidedMinor, entry.totals.currency)}</td>
            <td>{format(entry.totals.netMinor, entry.totals.currency)}</td>
            <td>
              <button
                className="button button--small"
                type="button"
                aria-label={`Transactions of ${entry.cashierName}, ${dateTime(entry.shift.openedAt, store)}`}
                onClick={() => props.onOpen(entry)}
              >
                Open
              </button>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** Totals summed per cashier or per terminal. */
export function GroupTotalsTable(props: {
  caption: string;
  rows: { id: string; name: string; totals: ShiftEntry['totals'] }[];
  report: ShiftReportResponse;
}) {
  const { store } = props.report;
  return (
    <table className="report-table">
      <caption>{props.caption}</caption>
      <thead>
        <tr>
          <th scope="col">Name</th>
          <th scope="col">Redemptions</th>
          <th scope="col">Redeemed</th>
          <th scope="col">Voids</th>
          <th scope="col">Voided</th>
          <th scope="col">Net</th>
        </tr>
      </thead>
      <tbody>
        {props.rows.map(({ id, name, totals }) => (
          <tr key={id}>
            <th scope="row">{name}</th>
            <td>{totals.redemptionCount}</td>
            <td>{money(totals.redeemedMinor, totals.currency, store)}</td>
            <td>{totals.voidCount}</td>
            <td>{money(totals.voidedMinor, totals.currency, store)}</td>
            <td>{money(totals.netMinor, totals.currency, store)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
