import type { ShiftReportResponse } from '../../../shared/backend-api.js';
import { dateTime, money } from '../../format/store-format.js';
import { shortTime } from './report-format.js';
import { useT } from '../../i18n/index.js';

type ShiftEntry = ShiftReportResponse['shifts'][number];

/**
 * The store's shifts in the range, narrow enough for a 1024 px screen: who and where in one cell,
 * when and whether still open in another, the count and the net; View opens the shift's
 * transactions. The CSV export carries every total.
 */
export function ShiftTable(props: {
  report: ShiftReportResponse;
  oneDay: boolean;
  onOpen: (entry: ShiftEntry) => void;
}) {
  const { t } = useT();
  const { store, shifts } = props.report;
  if (shifts.length === 0) return <p>{t('shiftTable.none')}</p>;
  return (
    <table className="report-table" aria-label={t('shiftTable.caption')}>
      <thead>
        <tr>
          <th scope="col">{t('shiftTable.cashier')}</th>
          <th scope="col">{t('shiftTable.opened')}</th>
          <th scope="col" className="report-table__number">
            {t('shiftTable.redemptions')}
          </th>
          <th scope="col" className="report-table__number">
            {t('shiftTable.net')}
          </th>
          <th scope="col">{t('shiftTable.transactions')}</th>
        </tr>
      </thead>
      <tbody>
        {shifts.map((entry) => {
          const opened = dateTime(entry.shift.openedAt, store);
          const openedShort = shortTime(entry.shift.openedAt, store, props.oneDay);
          return (
            <tr key={entry.shift.id}>
              <th scope="row">
                {entry.cashierName}
                <span className="report-table__sub">{entry.terminalName}</span>
              </th>
              <td>
                {openedShort}
                <span className="report-table__sub">
                  {entry.shift.status === 'open' ? t('shiftTable.open') : t('shiftTable.closed')}
                </span>
              </td>
              <td className="report-table__number">{entry.totals.redemptionCount}</td>
              <td className="report-table__number">{money(entry.totals.netMinor, entry.totals.currency, store)}</td>
              <td>
                <button
                  className="button button--small"
                  type="button"
                  aria-label={t('shiftTable.transactionsOf', { cashier: entry.cashierName, opened })}
                  onClick={() => props.onOpen(entry)}
                >
                  {/* The visible word starts the accessible name, so voice control finds the button by it. */}
                  {t('shiftTable.view')}
                </button>
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}

/** Totals summed per cashier or per terminal. */
export function GroupTotalsTable(props: {
  label: string;
  rows: { id: string; name: string; totals: ShiftEntry['totals'] }[];
  report: ShiftReportResponse;
}) {
  const { t } = useT();
  const { store } = props.report;
  return (
    <table className="report-table" aria-label={props.label}>
      <thead>
        <tr>
          <th scope="col">{t('shiftTable.name')}</th>
          <th scope="col" className="report-table__number">
            {t('shiftTable.redemptions')}
          </th>
          <th scope="col" className="report-table__number">
            {t('shiftTable.redeemed')}
          </th>
          <th scope="col" className="report-table__number">
            {t('shiftTable.voids')}
          </th>
          <th scope="col" className="report-table__number">
            {t('shiftTable.voided')}
          </th>
          <th scope="col" className="report-table__number">
            {t('shiftTable.net')}
          </th>
        </tr>
      </thead>
      <tbody>
        {props.rows.map(({ id, name, totals }) => (
          <tr key={id}>
            <th scope="row">{name}</th>
            <td className="report-table__number">{totals.redemptionCount}</td>
            <td className="report-table__number">{money(totals.redeemedMinor, totals.currency, store)}</td>
            <td className="report-table__number">{totals.voidCount}</td>
            <td className="report-table__number">{money(totals.voidedMinor, totals.currency, store)}</td>
            <td className="report-table__number">{money(totals.netMinor, totals.currency, store)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
