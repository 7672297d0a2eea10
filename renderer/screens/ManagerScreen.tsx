import { useEffect, useState, type FormEvent } from 'react';
import type { ShiftReportResponse } from '../../shared/backend-api.js';
import { useAppStore } from '../store/store-context.js';
import { errorText } from '../format/error-text.js';
import { dateTime } from '../format/store-format.js';
import { ShiftActivities } from '../components/shift/ShiftActivities.js';
import { GroupTotalsTable, ShiftTable } from '../components/manager/ShiftTable.js';
import { HourlyChart } from '../components/manager/HourlyChart.js';
import { ExportCsvButton } from '../components/manager/ExportCsvButton.js';
import { PrintStoreReportButton } from '../components/manager/PrintStoreReportButton.js';
import { redemptionsPerHour } from '../components/manager/report-data.js';
import { dayInZone, nextDay, startOfDayIso } from '../components/manager/report-time.js';
import { BackendSettingsNewCode } from '../components/settings/BackendSettingsNewCode.js';
import '../components/manager/manager.css';

type ShiftEntry = ShiftReportResponse['shifts'][number];

/** A manager's view of the store: shifts in a date range, totals, redemptions per hour, CSV. */
export function ManagerScreen() {
  const store = useAppStore((state) => state.session?.store);
  const report = useAppStore((state) => state.report);
  const activities = useAppStore((state) => state.activities);
  const pending = useAppStore((state) => state.reportPending);
  const error = useAppStore((state) => state.reportError);
  const loadShiftReport = useAppStore((state) => state.loadShiftReport);
  const showView = useAppStore((state) => state.showView);
  const timeZone = store?.timezone ?? 'UTC';
  const today = dayInZone(new Date(), timeZone);
  const [fromDay, setFromDay] = useState(today);
  const [toDay, setToDay] = useState(today);
  const [chartDay, setChartDay] = useState<string | null>(null);
  const [opened, setOpened] = useState<ShiftEntry | null>(null);
  // The range of the report on screen: Print report prints that one, whatever the date fields say now.
  const [range, setRange] = useState<{ from: string; to: string } | null>(null);

  function load(event?: FormEvent) {
    event?.preventDefault();
    setOpened(null);
    setChartDay(null);
    const shown = { from: startOfDayIso(fromDay, timeZone), to: startOfDayIso(nextDay(toDay), timeZone) };
    setRange(shown);
    void loadShiftReport(shown.from, shown.to);
  }
  // The day so far, as soon as the view opens.
  // eslint-disable-next-line react-hooks/exhaustive-deps
  useEffect(() => load(), []);

  const text = error === null ? null : errorText(error, store);
  return (
    <section className="manager" aria-labelledby="manager-heading">
      <h1 id="manager-heading">Manager view</h1>
      <form className="form form--inline" onSubmit={load}>
        <label className="field">
          <span className="field__label">From</span>
          <input className="field__input" type="date" value={fromDay} onChange={(e) => setFromDay(e.target.value)} />
        </label>
        <label className="field">
          <span className="field__label">To</span>
          <input className="field__input" type="date" value={toDay} onChange={(e) => setToDay(e.target.value)} />
        </label>
        <button className="button button--primary" type="submit" disabled={pending}>
          Show shifts
        </button>
        <button className="button" type="button" onClick={() => showView('redeem')}>
          Back to redeem
        </button>
      </form>
      {pending && <p role="status">Loading…</p>}
      {text !== null && (
        <div className="message message--error" role="alert">
          <strong>{text.title}</strong> {text.nextStep}
        </div>
      )}
      {report !== null && store !== undefined && (
        <>
          <div className="actions">
            <button className="button" type="button" onClick={() => setChartDay(chartDay === null ? fromDay : null)}>
              {chartDay === null ? 'Show chart' : 'Hide chart'}
            </button>
            <ExportCsvButton report={report} fileName={`shifts-${fromDay}-to-${toDay}.csv`} />
            {range !== null && <PrintStoreReportButton range={range} />}
          </div>
          {chartDay !== null && (
            <>
              <label className="field">
                <span className="field__label">Chart day</span>
                <input
                  className="field__input"
                  type="date"
                  min={fromDay}
                  max={toDay}
                  value={chartDay}
                  onChange={(e) => setChartDay(e.target.value)}
                />
              </label>
              <HourlyChart buckets={redemptionsPerHour(activities, chartDay, timeZone)} day={chartDay} store={store} />
            </>
          )}
          <ShiftTable report={report} onOpen={setOpened} />
          {opened !== null && (
            <section aria-label="Shift transactions">
              <h2>
                Transactions: {opened.cashierName}, {dateTime(opened.shift.openedAt, store)}
              </h2>
              <ShiftActivities
                activities={activities.filter((activity) => activity.shiftId === opened.shift.id)}
                currency={opened.totals.currency}
                store={store}
              />
            </section>
          )}
          <GroupTotalsTable
            caption="By cashier"
            report={report}
            rows={report.byCashier.map((row) => ({ id: row.cashierId, name: row.cashierName, totals: row.totals }))}
          />
          <GroupTotalsTable
            caption="By terminal"
            report={report}
            rows={report.byTerminal.map((row) => ({ id: row.terminalId, name: row.terminalName, totals: row.totals }))}
          />
        </>
      )}
      <BackendSettingsNewCode />
    </section>
  );
}
