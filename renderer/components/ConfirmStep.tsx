import { maskCode } from '../../shared/claim-code.js';
import { useAppStore } from '../store/store-context.js';
import { money } from '../format/store-format.js';
import { useT } from '../i18n/index.js';
import { FUNCTION_KEYS, KeyHint, useFunctionKey } from './function-keys.js';
import { UnknownOutcomeNotice } from './UnknownOutcomeNotice.js';

/**
 * The last step before money moves. The tender id was made when this step opened; Confirm is
 * disabled while the call is pending, and the store ignores a second confirm, so a double click or
 * a repeated Enter sends one redemption.
 */
export function ConfirmStep() {
  const { t } = useT();
  const card = useAppStore((state) => state.card);
  const tender = useAppStore((state) => state.tender);
  const pending = useAppStore((state) => state.pending);
  const checking = useAppStore((state) => state.checking);
  const store = useAppStore((state) => state.session?.store);
  const confirmRedeem = useAppStore((state) => state.confirmRedeem);
  const back = useAppStore((state) => state.back);
  useFunctionKey(FUNCTION_KEYS.confirm, () => void confirmRedeem(), !pending);
  if (card === null || tender === null) return null;

  // The answer was lost and the host is asking the service: the screen says what the status bar says.
  if (pending && checking) {
    return (
      <div className="confirm" aria-busy="true">
        <UnknownOutcomeNotice checking />
      </div>
    );
  }
  const amount = money(tender.amountMinor, card.currency, store);
  const stillDueMinor = tender.kind === 'sale' ? tender.saleTotalMinor - tender.amountMinor : 0;
  return (
    <div className="confirm" aria-busy={pending}>
      <h2 id="confirm-question">{t('redeem.confirm.question', { amount, card: maskCode(card.last4) })}</h2>
      {tender.kind === 'full' && <p>{t('redeem.confirm.fullBalance')}</p>}
      {tender.kind === 'sale' && (
        <p>
          {stillDueMinor > 0
            ? t('redeem.confirm.saleTotalStillDue', {
                total: money(tender.saleTotalMinor, card.currency, store),
                due: money(stillDueMinor, card.currency, store),
              })
            : t('redeem.confirm.saleTotal', { total: money(tender.saleTotalMinor, card.currency, store) })}
        </p>
      )}
      <div className="actions step__actions">
        <button
          className="button button--primary"
          type="button"
          autoFocus
          disabled={pending}
          aria-keyshortcuts={FUNCTION_KEYS.confirm}
          onClick={() => void confirmRedeem()}
        >
          {t('redeem.confirm.confirm')}
          <KeyHint shortcut={FUNCTION_KEYS.confirm} />
        </button>
        <button className="button" type="button" disabled={pending} onClick={back}>
          {t('redeem.confirm.back')}
        </button>
      </div>
      {pending && <p role="status">{t('redeem.confirm.redeeming')}</p>}
    </div>
  );
}
