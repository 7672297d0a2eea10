import { useEffect, useRef, useState } from 'react';
import { useAppStore } from '../store/store-context.js';
import { errorText } from '../format/error-text.js';
import { ManagerUnlockDialog } from './ManagerUnlockDialog.js';
import { NextCustomerButton } from './NextCustomerButton.js';
import { UnknownOutcomeNotice } from './UnknownOutcomeNotice.js';
import { FUNCTION_KEYS, KeyHint, useFunctionKey } from './function-keys.js';
import { useT } from '../i18n/index.js';

const CODE_RETYPE = new Set(['code_malformed', 'card_not_found']);

/**
 * One error, its title and next step from shared/error-codes.ts, and a way on. An unknown outcome
 * is shown apart from declines: the card may have been charged, so goods stay on the counter.
 */
export function ErrorPanel() {
  const { t } = useT();
  const flowError = useAppStore((state) => state.flowError);
  const pending = useAppStore((state) => state.pending);
  const checking = useAppStore((state) => state.checking);
  const store = useAppStore((state) => state.session?.store);
  const retry = useAppStore((state) => state.retry);
  const goBack = useAppStore((state) => state.back);
  const serviceBack = useAppStore((state) => state.serviceBack);
  const code = useAppStore((state) => state.code);
  const openSale = useAppStore((state) => state.openSale);
  const [unlockOpen, setUnlockOpen] = useState(false);
  const unlockButtonRef = useRef<HTMLButtonElement>(null);
  const retryButtonRef = useRef<HTMLButtonElement>(null);
  // The service answers again: Retry takes focus, so Enter (or F9) is all the cashier needs.
  useEffect(() => {
    if (serviceBack) retryButtonRef.current?.focus();
  }, [serviceBack]);
  // Retry resends the same tender id, so F9 here is as safe as the confirm it repeats.
  useFunctionKey(FUNCTION_KEYS.confirm, () => void retry(), !pending && flowError !== null && flowError.retry !== null);
  if (flowError === null) return null;

  function closeUnlock() {
    setUnlockOpen(false);
    // Back to the control that opened the dialog; after an unlock this screen is gone anyway.
    unlockButtonRef.current?.focus();
  }

  const { error } = flowError;
  const text = errorText(error, store);
  const unknown = error.code === 'outcome_unknown';
  const offerRetry = flowError.retry !== null;
  const serviceIsBack = error.code === 'backend_unreachable' && serviceBack;
  const look = unknown ? 'error-panel--unknown' : serviceIsBack ? 'error-panel--back' : 'error-panel--decline';
  return (
    <div className={`error-panel step ${look}`}>
      <div className="step__body">
        {unknown ? (
          <UnknownOutcomeNotice checking={pending && checking} />
        ) : (
          <div role="alert" aria-busy={pending}>
            <h2 className="error-panel__title">{serviceIsBack ? t('redeem.error.serviceBack') : text.title}</h2>
            <p className="error-panel__next">{serviceIsBack ? t('redeem.error.serviceBackNext') : text.nextStep}</p>
            {text.facts.map((fact) => (
              <p className="error-panel__fact" key={fact}>
                {fact}
              </p>
            ))}
          </div>
        )}
      </div>
      <div className="actions step__actions">
        {offerRetry && (
          <button
            ref={retryButtonRef}
            className="button button--primary"
            type="button"
            autoFocus
            disabled={pending}
            aria-keyshortcuts={FUNCTION_KEYS.confirm}
            onClick={() => void retry()}
          >
            {unknown
              ? t('redeem.error.checkAgain')
              : error.code === 'not_charged'
                ? t('redeem.error.tryAgain')
                : t('redeem.error.retry')}
            <KeyHint shortcut={FUNCTION_KEYS.confirm} />
          </button>
        )}
        {error.code === 'entry_delayed' && (
          <button
            ref={unlockButtonRef}
            className="button button--primary"
            type="button"
            autoFocus
            onClick={() => setUnlockOpen(true)}
          >
            {t('redeem.error.managerUnlock')}
          </button>
        )}
        {/* Sold but never activated: a manager activates it here with the amount on the purchase receipt. */}
        {error.code === 'card_not_active' && code !== null && (
          <button className="button button--primary" type="button" autoFocus onClick={() => openSale(code, 'fix')}>
            {t('sale.activateCard')}
          </button>
        )}
        {CODE_RETYPE.has(error.code) && (
          <button className="button button--primary" type="button" autoFocus onClick={goBack}>
            {t('redeem.error.enterCodeAgain')}
          </button>
        )}
        <NextCustomerButton
          autoFocus={
            !offerRetry &&
            error.code !== 'entry_delayed' &&
            error.code !== 'card_not_active' &&
            !CODE_RETYPE.has(error.code)
          }
          disabled={pending}
        />
      </div>
      {unlockOpen && <ManagerUnlockDialog onClose={closeUnlock} />}
    </div>
  );
}
