import { useState, type FormEvent } from 'react';
import { useT } from '../../i18n/index.js';

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
      <label className="field">
        <span className="field__label">{t('manager.from')}</span>
        <input
          className="field__input"
          type="date"
          required
          value={fromDay}
          onChange={(e) => setFromDay(e.target.value)}
        />
      </label>
      <label className="field">
        <span className="field__label">{t('manager.to')}</span>
        <input className="field__input" type="date" required value={toDay} onChange={(e) => setToDay(e.target.value)} />
      </label>
      <button className="button button--primary" type="submit" disabled={props.pending}>
        {t('manager.showShifts')}
      </button>
    </form>
  );
}
