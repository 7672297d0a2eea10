import { useState } from 'react';
import type { VoidResponse } from '../../shared/backend-api.js';
import { useAppStore } from '../store/store-context.js';
import { errorText } from '../format/error-text.js';
import { dateTime } from '../format/store-format.js';
import { ShiftTotals } from '../components/shift/ShiftTotals.js';
import { ShiftActivities } from '../components/shift/ShiftActivities.js';
import '../components/manager/manager.css';
import { Reconciliation } from '../components/shift/Reconciliation.js';
import { PrintReportButton } from '../components/shift/PrintReportButton.js';
import { XReportRedemptions } from '../components/shift/XReportRedemptions.js';
import { PendingOutcomes, useReloadWhenSettled } from '../components/shift/PendingOutcomes.js';
import { VoidDone } from '../components/manager/VoidRedemption.js';
import { useT } from '../i18n/index.js';

/**
 * The cashier's shift: the X report (running totals beside the shift's redemptions) with Close
 * shift behind a confirm step, then the Z report. After the Z report the cashier can only sign
 * out: a closed shift takes nothing more. The page never scrolls; the lists scroll in their panel.
 */
export function ShiftScreen() {
  const store = useAppStore((state) => state.session?.store);
  const xReport = useAppStore((state) => state.xReport);
  const zReport = useAppStore((state) => state.zReport);
  const pending = useAppStore((state) => state.shiftPending);
  const error = useAppStore((state) => state.shiftError);
  const confirming = useAppStore((state) => state.closeConfirming);
  const pendingCount = useAppStore((state) => state.pendingCount);
  const pendingOutcomes = useAppStore((state) => state.outcomes.pending);
  const showView = useAppStore((state) => state.showView);
  const loadXReport = useAppStore((state) => state.loadXReport);
  const askCloseShift = useAppStore((state) => state.askCloseShift);
  const cancelCloseShift = useAppStore((state) => state.cancelCloseShift);
  const confirmCloseShift = useAppStore((state) => state.confirmCloseShift);
  const finishShift = useAppStore((state) => state.finishShift);
  const { t } = useT();
  const [lastVoid, setLastVoid] = useState<VoidResponse | null>(null);
  const text = error === null ? null : errorText(error, store);
  // The host refuses to close while outcomes are unsettled: say so plainly, not as a sale's outcome.
  const closeBlocked = error?.code === 'outcome_unknown';
  useReloadWhenSettled(pendingOutcomes.length, loadXReport);

  if (zReport !== null) {
    return (
      <section className="workspace shift" aria-labelledby="shift-heading">
        <header className="workspace__header">
          <h1 id="shift-heading">{t('shift.zHeading')}</h1>
          <p>
            {zReport.shift.closedAt === null
              ? t('shift.opened', { opened: dateTime(zReport.shift.openedAt, store) })
              : t('shift.openedClosed', {
                  opened: dateTime(zReport.shift.openedAt, store),
                  closed: dateTime(zReport.shift.closedAt, store),
                })}
          </p>
        </header>
        <div className="workspace__body workspace__body--split">
          <div className="workspace__column shift-totals" tabIndex={0}>
            <ShiftTotals totals={zReport.report} store={store} label={t('shift.zLabel')} />
            <Reconciliation terminal={zReport.terminal} currency={zReport.report.currency} store={store} />
          </div>
          <section className="scroll-panel" aria-labelledby="z-activities-heading">
            <h2 id="z-activities-heading" className="scroll-panel__heading">
              {t('shift.activities.caption')}
            </h2>
            <div className="scroll-panel__body" tabIndex={0}>
              <ShiftActivities
                activities={zReport.report.activities}
                currency={zReport.report.currency}
                store={store}
              />
            </div>
          </section>
        </div>
        <div className="workspace__actions">
          <PrintReportButton kind="z" />
          <button className="button button--primary" type="button" autoFocus onClick={() => void finishShift()}>
            {t('shift.signOut')}
          </button>
        </div>
      </section>
    );
  }

  return (
    <section className="workspace shift" aria-labelledby="shift-heading">
      <header className="workspace__header">
        <h1 id="shift-heading">{t('shift.xHeading')}</h1>
        {pending && <p role="status">{t('shift.loading')}</p>}
      </header>
      <div className="workspace__body workspace__body--split">
        <div className="workspace__column shift-totals" tabIndex={0}>
          {xReport !== null && <ShiftTotals totals={xReport.totals} store={store} label={t('shift.xLabel')} />}
          {lastVoid !== null && (
            <div className="shift__void">
              <VoidDone voided={lastVoid} />
            </div>
          )}
          {xReport !== null && (
            <PendingOutcomes pending={pendingOutcomes} currency={xReport.totals.currency} store={store} />
          )}
        </div>
        <section className="scroll-panel" aria-labelledby="x-redemptions-heading">
          <h2 id="x-redemptions-heading" className="scroll-panel__heading">
            {t('shift.redemptions.caption')}
          </h2>
          <div className="scroll-panel__body" tabIndex={0}>
            {xReport?.activities !== undefined && (
              <XReportRedemptions
                activities={xReport.activities}
                currency={xReport.totals.currency}
                store={store}
                onVoided={setLastVoid}
              />
            )}
          </div>
        </section>
      </div>
      <div className="workspace__actions">
        {text !== null && (
          <div className="message message--error" role="alert">
            {closeBlocked ? (
              <>
                <strong>{t('shift.closeBlockedTitle')}</strong>{' '}
                {t('shift.closeBlocked', { count: Math.max(pendingCount, 1) })}
              </>
            ) : (
              <>
                <strong>{text.title}</strong> {text.nextStep}
              </>
            )}
          </div>
        )}
        {confirming ? (
          <div className="message message--warn shift__confirm" role="alertdialog" aria-labelledby="close-confirm">
            <p id="close-confirm">{t('shift.closeConfirm')}</p>
            <button
              className="button button--primary"
              type="button"
              autoFocus
              disabled={pending}
              onClick={() => void confirmCloseShift()}
            >
              {t('shift.yesClose')}
            </button>
            <button className="button" type="button" onClick={cancelCloseShift}>
              {t('shift.keepOpen')}
            </button>
          </div>
        ) : (
          <>
            <button className="button" type="button" disabled={pending} onClick={() => void loadXReport()}>
              {t('shift.refresh')}
            </button>
            {xReport !== null && <PrintReportButton kind="x" />}
            <button className="button" type="button" disabled={pending} onClick={askCloseShift}>
              {t('shift.close')}
            </button>
            <button className="button button--primary" type="button" onClick={() => showView('redeem')}>
              {t('shift.backToRedeem')}
            </button>
          </>
        )}
      </div>
    </section>
  );
}
