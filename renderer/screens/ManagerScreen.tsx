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
import { useT } from '../i18n/index.js';
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
  const { t } = useT();
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
      <h1 id="manager-heading">{t('nav.managerView')}</h1>
      <form className="form form--inline" onSubmit={load}>
        <label className="field">
          <span className="field__label">{t('manager.from')}</span>
          <input className="field__input" type="date" value={fromDay} onChange={(e) => setFromDay(e.target.value)} />
        </label>
        <label className="field">
          <span className="field__label">{t('manager.to')}</span>
          <input className="field__input" type="date" value={toDay} onChange={(e) => setToDay(e.target.value)} />
        </label>
        <button className="button button--primary" type="submit" disabled={pending}>
          {t('manager.showShifts')}
        </button>
        <button className="button" type="button" onClick={() => showView('redeem')}>
          {t('shift.backToRedeem')}
        </button>
      </form>
      {pending && <p role="status">{t('shift.loading')}</p>}
      {text !== null && (
        <div className="message message--error" role="alert">
          <strong>{text.title}</strong> {text.nextStep}
        </div>
      )}
      {report !== null && store !== undefined && (
        <>
          <div className="actions">
            <button className="button" type="button" onClick={() => setChartDay(chartDay === null ? fromDay : null)}>
              {chartDay === null ? t('manager.showChart') : t('manager.hideChart')}
            </button>
            <ExportCsvButton report={report} fileName={`shifts-${fromDay}-to-${toDay}.csv`} />
            {range !== null && <PrintStoreReportButton range={range} />}
          </div>
          {chartDay !== null && (
            <>
              <label className="field">
                <span className="field__label">{t('manager.chartDay')}</span>
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
            <section aria-label={t('manager.shiftTransactions')}>
              <h2>
                {t('manager.transactionsOf', {
                  cashier: opened.cashierName,
                  opened: dateTime(opened.shift.openedAt, store),
                })}
              </h2>
              <ShiftActivities
                activities={activities.filter((activity) => activity.shiftId === opened.shift.id)}
                currency={opened.totals.currency}
                store={store}
              />
            </section>
          )}
          <GroupTotalsTable
            caption={t('manager.byCashier')}
            report={report}
            rows={report.byCashier.map((row) => ({ id: row.cashierId, name: row.cashierName, totals: row.totals }))}
          />
          <GroupTotalsTable
            caption={t('manager.byTerminal')}
            report={report}
            rows={report.byTerminal.map((row) => ({ id: row.terminalId, name: row.terminalName, totals: row.totals }))}
          />
        </>
      )}
      <BackendSettingsNewCode />
    </section>
  );
}
