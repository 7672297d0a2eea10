import type { HourBucket } from './report-data.js';
import { useT } from '../../i18n/index.js';

// Drawn in a box of about the panel's shape, so the labels keep a readable size when it scales.
const WIDTH = 400;
const HEIGHT = 300;
const LEFT = 52;
const RIGHT = 8;
const TOP = 12;
const BOTTOM = 52;
const PLOT_WIDTH = WIDTH - LEFT - RIGHT;
const PLOT_HEIGHT = HEIGHT - TOP - BOTTOM;
const SLOT = PLOT_WIDTH / 24;

/** Whole-number ticks for the count axis: 0, the top, and a middle one when it is a whole number. */
function countTicks(most: number): number[] {
  if (most <= 1) return [0, 1];
  return most % 2 === 0 ? [0, most / 2, most] : [0, most];
}

/**
 * Redemptions per hour of one day as an SVG bar chart with both axes labelled in words (hour of
 * the day in the store's time zone, number of redemptions). The chart is one image with a summary
 * for screen readers; the Per hour table beside it holds the same figures as text.
 */
export function HourlyChart({ buckets, day }: { buckets: HourBucket[]; day: string }) {
  const { t } = useT();
  const most = Math.max(1, ...buckets.map((bucket) => bucket.count));
  const total = buckets.reduce((sum, bucket) => sum + bucket.count, 0);
  const y = (count: number) => TOP + PLOT_HEIGHT - (count / most) * PLOT_HEIGHT;
  return (
    <figure className="hourly-chart">
      <svg
        role="img"
        aria-label={t('hourlyChart.summary', { day, total })}
        viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
        // Under its heading, not floating in the middle of a tall panel.
        preserveAspectRatio="xMidYMin meet"
      >
        {countTicks(most).map((tick) => (
          <g key={tick}>
            <line className="hourly-chart__grid" x1={LEFT} x2={WIDTH - RIGHT} y1={y(tick)} y2={y(tick)} />
            <text x={LEFT - 8} y={y(tick) + 5} textAnchor="end">
              {tick}
            </text>
          </g>
        ))}
        {buckets.map((bucket) => {
          const top = y(bucket.count);
          return (
            <g key={bucket.hour}>
              {bucket.count > 0 && (
                <rect
                  className="hourly-chart__bar"
                  x={LEFT + bucket.hour * SLOT + 2}
                  y={top}
                  width={SLOT - 4}
                  height={TOP + PLOT_HEIGHT - top}
                />
              )}
              {bucket.hour % 3 === 0 && (
                <text x={LEFT + bucket.hour * SLOT + SLOT / 2} y={TOP + PLOT_HEIGHT + 20} textAnchor="middle">
                  {String(bucket.hour).padStart(2, '0')}
                </text>
              )}
            </g>
          );
        })}
        <line
          className="hourly-chart__axis"
          x1={LEFT}
          x2={WIDTH - RIGHT}
          y1={TOP + PLOT_HEIGHT}
          y2={TOP + PLOT_HEIGHT}
        />
        <line className="hourly-chart__axis" x1={LEFT} x2={LEFT} y1={TOP} y2={TOP + PLOT_HEIGHT} />
        <text className="hourly-chart__axis-title" x={LEFT + PLOT_WIDTH / 2} y={HEIGHT - 8} textAnchor="middle">
          {t('hourlyChart.xAxis')}
        </text>
        <text
          className="hourly-chart__axis-title"
          transform={`translate(16 ${TOP + PLOT_HEIGHT / 2}) rotate(-90)`}
          textAnchor="middle"
        >
          {t('hourlyChart.yAxis')}
        </text>
      </svg>
    </figure>
  );
}
