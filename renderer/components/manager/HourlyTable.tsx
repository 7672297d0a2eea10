import type { Store } from '../../../shared/backend-api.js';
import { money } from '../../format/store-format.js';
import type { HourBucket } from './report-data.js';
import { useT } from '../../i18n/index.js';

/** The hourly chart's figures as a table: its text alternative, and the exact amounts. */
export function HourlyTable({ buckets, day, store }: { buckets: HourBucket[]; day: string; store: Store }) {
  const { t } = useT();
  const busy = buckets.filter((bucket) => bucket.count > 0);
  return (
    <table className="report-table" aria-label={t('hourlyChart.tableCaption', { day })}>
      <thead>
        <tr>
          <th scope="col">{t('hourlyChart.hour')}</th>
          <th scope="col" className="report-table__number">
            {t('hourlyChart.redemptions')}
          </th>
          <th scope="col" className="report-table__number">
            {t('hourlyChart.amount')}
          </th>
        </tr>
      </thead>
      <tbody>
        {busy.length === 0 && (
          <tr>
            <td colSpan={3}>{t('hourlyChart.none')}</td>
          </tr>
        )}
        {busy.map((bucket) => (
          <tr key={bucket.hour}>
            <th scope="row">{`${String(bucket.hour).padStart(2, '0')}:00`}</th>
            <td className="report-table__number">{bucket.count}</td>
            <td className="report-table__number">{money(bucket.amountMinor, store.currency, store)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
