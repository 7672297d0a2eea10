import type { Store } from '../../../shared/backend-api.js';
import { money } from '../../format/store-format.js';
import { useT } from '../../i18n/index.js';
import type { RangeTotals } from './report-data.js';

/** The four figures a manager reads first: redeemed, how many, voids, and what is left (net). */
export function RangeTiles({ totals, store, label }: { totals: RangeTotals; store: Store; label: string }) {
  const { t } = useT();
  const format = (minor: number) => money(minor, totals.currency, store);
  const tiles = [
    { key: 'redeemed', term: t('dashboard.redeemed'), value: format(totals.redeemedMinor) },
    { key: 'count', term: t('dashboard.count'), value: String(totals.redemptionCount) },
    {
      key: 'voids',
      term: t('dashboard.voids'),
      value: t('dashboard.voidsValue', { count: totals.voidCount, amount: format(totals.voidedMinor) }),
    },
    { key: 'net', term: t('dashboard.net'), value: format(totals.netMinor) },
  ];
  return (
    <div className="tiles" role="group" aria-label={label}>
      <dl className="tiles__list">
        {tiles.map((tile) => (
          <div key={tile.key} className={`tile tile--${tile.key}`}>
            <dt>{tile.term}</dt>
            <dd>{tile.value}</dd>
          </div>
        ))}
      </dl>
    </div>
  );
}
