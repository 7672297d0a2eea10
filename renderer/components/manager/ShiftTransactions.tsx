import { useEffect, useRef } from 'react';
import type { ActivityReportResponse, ShiftReportResponse, Store } from '../../../shared/backend-api.js';
import { dateTime } from '../../format/store-format.js';
import { useT } from '../../i18n/index.js';
import { ShiftActivities } from '../shift/ShiftActivities.js';

type ShiftEntry = ShiftReportResponse['shifts'][number];
type Activity = ActivityReportResponse['activities'][number];

/** One shift's ledger activities, opened from the shifts table; Back returns to the table. */
export function ShiftTransactions(props: {
  entry: ShiftEntry;
  activities: readonly Activity[];
  store: Store;
  onBack: () => void;
}) {
  const { t } = useT();
  const { entry, store } = props;
  const back = useRef<HTMLButtonElement>(null);
  // The button that opened this is gone: focus lands on the way back, not on the page.
  useEffect(() => back.current?.focus(), []);
  return (
    <section aria-label={t('manager.shiftTransactions')}>
      <div className="drill-down__header">
        <button ref={back} className="button button--small" type="button" onClick={props.onBack}>
          {t('manager.backToShifts')}
        </button>
        <h3>
          {t('manager.transactionsOf', {
            cashier: entry.cashierName,
            opened: dateTime(entry.shift.openedAt, store),
          })}
        </h3>
      </div>
      <ShiftActivities
        activities={props.activities.filter((activity) => activity.shiftId === entry.shift.id)}
        currency={entry.totals.currency}
        store={store}
      />
    </section>
  );
}
