import type { ShiftReportResponse } from '../../../shared/backend-api.js';
import { dateTime, money } from '../../format/store-format.js';
import { useT } from '../../i18n/index.js';

type ShiftEntry = ShiftReportResponse['shifts'][number];

/** The store's shifts in the range with their totals; each row opens that shift's transactions. */
export function ShiftTable(props: { report: ShiftReportResponse; onOpen: (entry: ShiftEntry) => void }) {
  const { t } = useT();
  const { store, shifts } = props.report;
  const format = (minor: number, currency: string) => money(minor, currency, store);
  if (shifts.length === 0) return <p>{t('shiftTable.none')}</p>;
  return (
    <table className="report-table">
      <caption>{t('shiftTable.caption')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('shiftTable.cashier')}</th>
          <th scope="col">{t('shiftTable.terminal')}</th>
          <th scope="col">{t('shiftTable.opened')}</th>
          <th scope="col">{t('shiftTable.status')}</th>
          <th scope="col">{t('shiftTable.redemptions')}</th>
          <th scope="col">{t('shiftTable.redeemed')}</th>
          <th scope="col">{t('shiftTable.voids')}</th>
          <th scope="col">{t('shiftTable.voided')}</th>
          <th scope="col">{t('shiftTable.net')}</th>
          <th scope="col">{t('shiftTable.transactions')}</th>
        </tr>
      </thead>
      <tbody>
        {shifts.map((entry) => (
          <tr key={entry.shift.id}>
            <th scope="row">{entry.cashierName}</th>
            <td>{entry.terminalName}</td>
            <td>{dateTime(entry.shift.openedAt, store)}</td>
            <td>{entry.shift.status === 'open' ? t('shiftTable.open') : t('shiftTable.closed')}</td>
            <td>{entry.totals.redemptionCount}</td>
            <td>{format(entry.totals.redeemedMinor, entry.totals.currency)}</td>
            <td>{entry.totals.voidCount}</td>
            <td>{format(entry.totals.voidedMinor, entry.totals.currency)}</td>
            <td>{format(entry.totals.netMinor, entry.totals.currency)}</td>
            <td>
              <button
                className="button button--small"
                type="button"
                aria-label={t('shiftTable.transactionsOf', {
                  cashier: entry.cashierName,
                  opened: dateTime(entry.shift.openedAt, store),
                })}
                onClick={() => props.onOpen(entry)}
              >
                {/* The visible word starts the accessible name, so voice control finds the button by it. */}
                {t('shiftTable.transactions')}
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
  const { t } = useT();
  const { store } = props.report;
  return (
    <table className="report-table">
      <caption>{props.caption}</caption>
      <thead>
        <tr>
          <th scope="col">{t('shiftTable.name')}</th>
          <th scope="col">{t('shiftTable.redemptions')}</th>
          <th scope="col">{t('shiftTable.redeemed')}</th>
          <th scope="col">{t('shiftTable.voids')}</th>
          <th scope="col">{t('shiftTable.voided')}</th>
          <th scope="col">{t('shiftTable.net')}</th>
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
