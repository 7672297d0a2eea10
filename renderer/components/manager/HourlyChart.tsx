import type { Store } from '../../../shared/backend-api.js';
import { money } from '../../format/store-format.js';
import type { HourBucket } from './report-data.js';
import { useT } from '../../i18n/index.js';

const BAR_WIDTH = 20;
const CHART_HEIGHT = 120;

/**
 * Redemptions per hour as an SVG bar chart, with the same figures as a table: the chart is one
 * image with a summary for screen readers, the table is the text alternative.
 */
export function HourlyChart({ buckets, day, store }: { buckets: HourBucket[]; day: string; store: Store }) {
  const { t } = useT();
  const most = Math.max(1, ...buckets.map((bucket) => bucket.count));
  const total = buckets.reduce((sum, bucket) => sum + bucket.count, 0);
  const busy = buckets.filter((bucket) => bucket.count > 0);
  const title = t('hourlyChart.title', { day });
  return (
    <figure className="hourly-chart">
      <svg
        role="img"
        aria-label={t('hourlyChart.summary', { day, total })}
        viewBox={`0 0 ${24 * BAR_WIDTH} ${CHART_HEIGHT + 16}`}
        width="100%"
      >
        {buckets.map((bucket) => {
          const height = Math.round((bucket.count / most) * CHART_HEIGHT);
          return (
            <g key={bucket.hour}>
              <rect
                x={bucket.hour * BAR_WIDTH + 2}
                y={CHART_HEIGHT - height}
                width={BAR_WIDTH - 4}
                height={height}
                className="hourly-chart__bar"
              />
              {bucket.hour % 3 === 0 && (
                <text x={bucket.hour * BAR_WIDTH + 2} y={CHART_HEIGHT + 14} fontSize="10">
                  {bucket.hour}
                </text>
              )}
            </g>
          );
        })}
      </svg>
      <figcaption>{title}</figcaption>
      <table className="report-table">
        <caption>{t('hourlyChart.tableCaption', { day })}</caption>
        <thead>
          <tr>
            <th scope="col">{t('hourlyChart.hour')}</th>
            <th scope="col">{t('hourlyChart.redemptions')}</th>
            <th scope="col">{t('hourlyChart.amount')}</th>
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
              <td>{bucket.count}</td>
              <td>{money(bucket.amountMinor, store.currency, store)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </figure>
  );
}
