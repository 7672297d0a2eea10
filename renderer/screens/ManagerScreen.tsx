import { useEffect, useState } from 'react';
import { useAppStore } from '../store/store-context.js';
import { errorText } from '../format/error-text.js';
import { DateRangeForm } from '../components/manager/DateRangeForm.js';
import { RangeTiles } from '../components/manager/RangeTiles.js';
import { ChartPanel } from '../components/manager/ChartPanel.js';
import { ReportTables } from '../components/manager/ReportTables.js';
import { SecurityPanel } from '../components/manager/SecurityPanel.js';
import { ExportCsvButton } from '../components/manager/ExportCsvButton.js';
import { PrintStoreReportButton } from '../components/manager/PrintStoreReportButton.js';
import { rangeTotals, redemptionsPerHour } from '../components/manager/report-data.js';
import { liabilityCsv, shiftReportCsv, transactionsCsv } from '../components/manager/report-csv.js';
import { dayInZone, nextDay, startOfDayIso } from '../components/manager/report-time.js';
import { useT } from '../i18n/index.js';
import '../components/manager/manager.css';

/**
 * A manager's dashboard of the store: the date range on top, the range's figures as tiles, the
 * hourly chart beside the report's tables (shifts with a drill-down into each one's transactions,
 * totals by cashier and terminal), and the exports below. Fits the window; tables scroll inside.
 */
export function ManagerScreen() {
  const store = useAppStore((state) => state.session?.store);
  const report = useAppStore((state) => state.report);
  const activities = useAppStore((state) => state.activities);
  const liability = useAppStore((state) => state.liability);
  const pending = useAppStore((state) => state.reportPending);
  const error = useAppStore((state) => state.reportError);
  const loadShiftReport = useAppStore((state) => state.loadShiftReport);
  const showView = useAppStore((state) => state.showView);
  const securityRequested = useAppStore((state) => state.securityRequested);
  const securityShown = useAppStore((state) => state.securityShown);
  const { t } = useT();
  // The alert hint's request is answered once: the tables, shown with the report, open on Security.
  useEffect(() => {
    if (securityRequested && report !== null) securityShown();
  }, [securityRequested, report, securityShown]);
  const timeZone = store?.timezone ?? 'UTC';
  const today = dayInZone(new Date(), timeZone);
  // The range of the report on screen: exports and Print report use it, whatever the fields say now.
  const [range, setRange] = useState({ fromDay: today, toDay: today });
  const [chartDay, setChartDay] = useState(today);

  function load(fromDay: string, toDay: string) {
    setRange({ fromDay, toDay });
    setChartDay(toDay);
    void loadShiftReport(startOfDayIso(fromDay, timeZone), startOfDayIso(nextDay(toDay), timeZone));
  }
  // The day so far, as soon as the view opens.
  // eslint-disable-next-line react-hooks/exhaustive-deps
  useEffect(() => load(today, today), []);

  const text = error === null ? null : errorText(error, store);
  const rangeName =
    range.fromDay === range.toDay ? range.fromDay : t('dashboard.rangeName', { from: range.fromDay, to: range.toDay });
  const buckets = redemptionsPerHour(activities, chartDay, timeZone);
  const files = `${range.fromDay}-to-${range.toDay}.csv`;
  return (
    <section className="workspace dashboard" aria-labelledby="manager-heading">
      <header className="workspace__header">
        <h1 id="manager-heading">{t('nav.managerView')}</h1>
        <DateRangeForm initialDay={today} pending={pending} onShow={load} />
        <button className="button workspace__back" type="button" onClick={() => showView('redeem')}>
          {t('shift.backToRedeem')}
        </button>
      </header>
      {pending && <p role="status">{t('shift.loading')}</p>}
      {text !== null && (
        <div className="message message--error" role="alert">
          <strong>{text.title}</strong> {text.nextStep}
        </div>
      )}
      {report !== null && store !== undefined && (
        <>
          <RangeTiles
            totals={rangeTotals(report)}
            liability={liability}
            store={store}
            label={t('dashboard.tilesLabel', { range: rangeName })}
            liabilityAction={
              liability !== null && (
                <ExportCsvButton
                  label={t('manager.exportLiability')}
                  fileName={`liability-${files}`}
                  csv={() => liabilityCsv(liability, store)}
                />
              )
            }
          />
          <div className="workspace__body dashboard__body">
            <ChartPanel
              // A new range starts the chart on its last day, field and all.
              key={`${range.fromDay}/${range.toDay}`}
              store={store}
              buckets={buckets}
              day={chartDay}
              fromDay={range.fromDay}
              toDay={range.toDay}
              onDay={setChartDay}
            />
            <ReportTables
              report={report}
              activities={activities}
              hours={{ buckets, day: chartDay }}
              oneDay={range.fromDay === range.toDay}
              security={<SecurityPanel />}
              openOnSecurity={securityRequested}
            />
          </div>
          <div className="workspace__actions">
            <ExportCsvButton
              label={t('manager.exportShifts')}
              fileName={`shifts-${files}`}
              csv={() => shiftReportCsv(report)}
            />
            <ExportCsvButton
              label={t('manager.exportTransactions')}
              fileName={`transactions-${files}`}
              csv={() => transactionsCsv(report, activities)}
            />
            <PrintStoreReportButton
              range={{
                from: startOfDayIso(range.fromDay, timeZone),
                to: startOfDayIso(nextDay(range.toDay), timeZone),
              }}
            />
          </div>
        </>
      )}
    </section>
  );
}
