import { useRef, useState, type KeyboardEvent, type ReactNode } from 'react';
import type { ActivityReportResponse, ShiftReportResponse } from '../../../shared/backend-api.js';
import { useT } from '../../i18n/index.js';
import { GroupTotalsTable, ShiftTable } from './ShiftTable.js';
import { HourlyTable } from './HourlyTable.js';
import { ShiftTransactions } from './ShiftTransactions.js';
import type { HourBucket } from './report-data.js';

type ShiftEntry = ShiftReportResponse['shifts'][number];
type Activity = ActivityReportResponse['activities'][number];

const TABS = ['shifts', 'byCashier', 'byTerminal', 'perHour', 'security'] as const;
type Tab = (typeof TABS)[number];

/**
 * The report's tables, one at a time in a panel that scrolls with its headers fixed: shifts (each
 * opens its transactions in the same panel), totals by cashier and by terminal, and the hourly
 * chart's figures; and, when given, the store's security panel (alerts and waits), which loads
 * itself when its tab opens. Tabs follow the ARIA pattern: arrows move between them.
 */
export function ReportTables(props: {
  report: ShiftReportResponse;
  activities: readonly Activity[];
  hours: { buckets: HourBucket[]; day: string };
  /** The report covers one day: times need no date. */
  oneDay: boolean;
  /** The Security tab's content; without it there is no Security tab. */
  security?: ReactNode;
  /** Open on the Security tab (the status bar's alert hint asks for it). */
  openOnSecurity?: boolean;
}) {
  const { t } = useT();
  const { report } = props;
  const tabs = TABS.filter((entry) => entry !== 'security' || props.security !== undefined);
  const [tab, setTab] = useState<Tab>(props.openOnSecurity && props.security ? 'security' : 'shifts');
  const [opened, setOpened] = useState<ShiftEntry | null>(null);
  const tabRefs = useRef<Partial<Record<Tab, HTMLButtonElement | null>>>({});

  function choose(next: Tab) {
    setTab(next);
    setOpened(null);
  }
  function onKeyDown(event: KeyboardEvent, from: Tab) {
    const step = event.key === 'ArrowRight' ? 1 : event.key === 'ArrowLeft' ? -1 : 0;
    if (step === 0) return;
    event.preventDefault();
    const next = tabs[(tabs.indexOf(from) + step + tabs.length) % tabs.length] ?? 'shifts';
    choose(next);
    tabRefs.current[next]?.focus();
  }

  return (
    <section className="scroll-panel" aria-label={t('dashboard.tables')}>
      <div className="report-tabs" role="tablist" aria-label={t('dashboard.tables')}>
        {tabs.map((entry) => (
          <button
            key={entry}
            ref={(element) => {
              tabRefs.current[entry] = element;
            }}
            id={`report-tab-${entry}`}
            type="button"
            role="tab"
            className="report-tabs__tab"
            aria-selected={tab === entry}
            aria-controls="report-tab-panel"
            tabIndex={tab === entry ? 0 : -1}
            onClick={() => choose(entry)}
            onKeyDown={(event) => onKeyDown(event, entry)}
          >
            {t(`dashboard.tabs.${entry}`)}
          </button>
        ))}
      </div>
      <div
        id="report-tab-panel"
        className="scroll-panel__body"
        role="tabpanel"
        aria-labelledby={`report-tab-${tab}`}
        // The panel scrolls; a keyboard user reaches it to scroll with the arrow keys.
        tabIndex={0}
      >
        {tab === 'shifts' && opened === null && <ShiftTable report={report} oneDay={props.oneDay} onOpen={setOpened} />}
        {tab === 'shifts' && opened !== null && (
          <ShiftTransactions
            entry={opened}
            activities={props.activities}
            store={report.store}
            onBack={() => setOpened(null)}
          />
        )}
        {tab === 'byCashier' && (
          <GroupTotalsTable
            label={t('manager.byCashier')}
            report={report}
            rows={report.byCashier.map((row) => ({ id: row.cashierId, name: row.cashierName, totals: row.totals }))}
          />
        )}
        {tab === 'byTerminal' && (
          <GroupTotalsTable
            label={t('manager.byTerminal')}
            report={report}
            rows={report.byTerminal.map((row) => ({ id: row.terminalId, name: row.terminalName, totals: row.totals }))}
          />
        )}
        {tab === 'perHour' && <HourlyTable buckets={props.hours.buckets} day={props.hours.day} store={report.store} />}
        {tab === 'security' && props.security}
      </div>
    </section>
  );
}
