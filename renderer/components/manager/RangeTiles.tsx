import type { ReactNode } from 'react';
import type { Store } from '../../../shared/backend-api.js';
import type { LiabilityResponse } from '../../../shared/sales-api.js';
import { money } from '../../format/store-format.js';
import { useT } from '../../i18n/index.js';
import type { RangeTotals } from './report-data.js';

/**
 * The figures a manager reads first: redeemed, how many, voids and what is left (net); beside them
 * the money put on cards (sold, loaded, refunded) and the store's liability: what its active cards
 * hold now, by currency, with its change over the range.
 */
export function RangeTiles(props: {
  totals: RangeTotals;
  liability: LiabilityResponse | null;
  store: Store;
  label: string;
  /** Beside the liability: its CSV export. */
  liabilityAction?: ReactNode;
}) {
  const { totals, liability, store } = props;
  const { t } = useT();
  const format = (minor: number, currency = totals.currency) => money(minor, currency, store);
  const countAmount = (count: number, minor: number) => t('dashboard.countAmount', { count, amount: format(minor) });
  const signed = (minor: number, currency: string) => (minor > 0 ? '+' : '') + format(minor, currency);
  const tiles = [
    { key: 'redeemed', term: t('dashboard.redeemed'), value: format(totals.redeemedMinor) },
    { key: 'count', term: t('dashboard.count'), value: String(totals.redemptionCount) },
    { key: 'voids', term: t('dashboard.voids'), value: countAmount(totals.voidCount, totals.voidedMinor) },
    { key: 'net', term: t('dashboard.net'), value: format(totals.netMinor) },
  ];
  // Money put on cards and the liability: one compact line under the redemption figures.
  const cardTiles = [
    { key: 'sold', term: t('dashboard.sold'), value: countAmount(totals.activationCount, totals.activatedMinor) },
    { key: 'loaded', term: t('dashboard.loaded'), value: countAmount(totals.loadCount, totals.loadedMinor) },
    { key: 'refunded', term: t('dashboard.refunded'), value: countAmount(totals.refundCount, totals.refundedMinor) },
  ];
  const lines = liability?.liabilities ?? [];
  return (
    <div className="tiles" role="group" aria-label={props.label}>
      <dl className="tiles__list">
        {tiles.map((tile) => (
          <div key={tile.key} className={`tile tile--${tile.key}`}>
            <dt>{tile.term}</dt>
            <dd>{tile.value}</dd>
          </div>
        ))}
      </dl>
      <div className="card-figures">
        <dl className="card-figures__list">
          {cardTiles.map((tile) => (
            <div key={tile.key} className={`card-figure tile--${tile.key}`}>
              <dt>{tile.term}</dt>
              <dd>{tile.value}</dd>
            </div>
          ))}
          <div className="card-figure tile--liability">
            <dt>{t('dashboard.liability')}</dt>
            {liability === null && <dd>{t('dashboard.liabilityUnknown')}</dd>}
            {liability !== null && lines.length === 0 && <dd>{format(0)}</dd>}
            {lines.map((line) => (
              <dd key={line.currency}>
                {format(line.outstandingMinor, line.currency)}{' '}
                <span className="tile__note">
                  {t('dashboard.liabilityChange', { amount: signed(line.changeMinor, line.currency) })}
                </span>
              </dd>
            ))}
          </div>
        </dl>
        {props.liabilityAction}
      </div>
    </div>
  );
}
