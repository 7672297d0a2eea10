import { useEffect, useRef } from 'react';
import type { Store } from '../../../shared/backend-api.js';
import { summarizePending } from '../../../shared/pending-outcomes.js';
import type { Outcome } from '../../../shared/terminal-api.js';
import { money } from '../../format/store-format.js';
import { useT } from '../../i18n/index.js';

/**
 * The X report's redemptions whose outcome is still unknown: shown apart from the ledger's totals
 * and flagged, because the terminal cannot tell whether the backend has them yet.
 */
export function PendingOutcomes({
  pending,
  currency,
  store,
}: {
  pending: readonly Outcome[];
  currency: string;
  store: Store | undefined;
}) {
  const { t } = useT();
  const summary = summarizePending(pending, currency);
  if (summary.count === 0) return null;
  return (
    <div className="message message--warn" role="group" aria-label={t('pendingOutcomes.group')}>
      <strong>{t('pendingOutcomes.group')}</strong> {t('pendingOutcomes.explanation')}
      <dl className="facts">
        <dt>{t('pendingOutcomes.count')}</dt>
        <dd>{summary.count}</dd>
        <dt>{t('pendingOutcomes.amount')}</dt>
        <dd className="facts__money">{money(summary.amountMinor, currency, store)}</dd>
        {summary.unknownAmountCount > 0 && (
          <>
            <dt>{t('pendingOutcomes.unknownAmount')}</dt>
            <dd>{summary.unknownAmountCount}</dd>
          </>
        )}
      </dl>
    </div>
  );
}

/** Asks for the X report again when a pending redemption settles, so it shows where it belongs. */
export function useReloadWhenSettled(pendingCount: number, reload: () => Promise<void>): void {
  const before = useRef(pendingCount);
  useEffect(() => {
    if (pendingCount < before.current) void reload();
    before.current = pendingCount;
  }, [pendingCount, reload]);
}
