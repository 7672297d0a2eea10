import { useState, type FormEvent } from 'react';
import { useT } from '../../i18n/index.js';
import { TextField } from '../TextField.js';

/** From and To (calendar days in the store's time zone) and Show, on one row. */
export function DateRangeForm(props: {
  initialDay: string;
  pending: boolean;
  onShow: (fromDay: string, toDay: string) => void;
}) {
  const { t } = useT();
  const [fromDay, setFromDay] = useState(props.initialDay);
  const [toDay, setToDay] = useState(props.initialDay);
  function submit(event: FormEvent) {
    event.preventDefault();
    // A range typed backwards means the same days.
    if (toDay < fromDay) props.onShow(toDay, fromDay);
    else props.onShow(fromDay, toDay);
  }
  return (
    <form className="date-range" aria-label={t('manager.range')} onSubmit={submit}>
      <TextField
        label={t('manager.from')}
        type="date"
        required
        value={fromDay}
        onChange={(e) => setFromDay(e.target.value)}
      />
      <TextField
        label={t('manager.to')}
        type="date"
        required
        value={toDay}
        onChange={(e) => setToDay(e.target.value)}
      />
      <button className="button button--primary" type="submit" disabled={props.pending}>
        {t('manager.showShifts')}
      </button>
    </form>
  );
}
