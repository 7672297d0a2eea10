import { useState } from 'react';
import type { Store } from '../../../shared/backend-api.js';
import { useT } from '../../i18n/index.js';
import { dayName } from './report-format.js';
import { HourlyChart } from './HourlyChart.js';
import type { HourBucket } from './report-data.js';

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/**
 * The hourly chart in its panel, with the day it shows (any day of the report's range). The field
 * may hold a half-typed date; the chart follows only a whole one.
 */
export function ChartPanel(props: {
  store: Store;
  buckets: HourBucket[];
  day: string;
  fromDay: string;
  toDay: string;
  onDay: (day: string) => void;
}) {
  const { t } = useT();
  const [typed, setTyped] = useState(props.day);
  return (
    <section className="scroll-panel" aria-labelledby="chart-heading">
      <h2 id="chart-heading" className="scroll-panel__heading">
        {t('hourlyChart.title', { day: dayName(props.day, props.store) })}
      </h2>
      {props.fromDay !== props.toDay && (
        <label className="chart-panel__day">
          <span className="field__label">{t('manager.chartDay')}</span>
          <input
            className="field__input"
            type="date"
            min={props.fromDay}
            max={props.toDay}
            value={typed}
            onChange={(e) => {
              setTyped(e.target.value);
              if (DAY.test(e.target.value)) props.onDay(e.target.value);
            }}
          />
        </label>
      )}
      <HourlyChart buckets={props.buckets} day={dayName(props.day, props.store)} />
    </section>
  );
}
