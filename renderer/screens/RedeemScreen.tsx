import { useEffect } from 'react';
import { useAppStore, useAppStoreApi } from '../store/store-context.js';
import { useKeyboardWedge } from '../scanning/useKeyboardWedge.js';
import { CameraToggle } from '../scanning/CameraToggle.js';
import { ModeTabs } from '../components/ModeTabs.js';
import { CodeEntry } from '../components/CodeEntry.js';
import { CardPanel } from '../components/CardPanel.js';
import { ConfirmStep } from '../components/ConfirmStep.js';
import { ApprovedPanel } from '../components/ApprovedPanel.js';
import { ErrorPanel } from '../components/ErrorPanel.js';
import { CounterSide } from '../components/CounterSide.js';
import { LostCardActions } from '../components/manager/LostCardActions.js';
import { SaleStep } from '../components/sale/SaleStep.js';
import { SoldPanel } from '../components/sale/SoldPanel.js';
import { FUNCTION_KEYS, useFunctionKey } from '../components/function-keys.js';
import { useT } from '../i18n/index.js';

/**
 * The main screen, laid out as a till: the card and its actions on the left (one step of the
 * redemption flow at a time), the receipt preview or what the customer sees on the right. Escape
 * goes back one step.
 */
export function RedeemScreen() {
  const { t } = useT();
  const step = useAppStore((state) => state.step);
  const back = useAppStore((state) => state.back);
  const mode = useAppStore((state) => state.mode);
  const setMode = useAppStore((state) => state.setMode);
  const loadSaleSettings = useAppStore((state) => state.loadSaleSettings);
  // A keyboard-wedge scan anywhere on the screen lands in the code field, whichever control has focus.
  const approvalOpen = useAppStore((state) => state.approvalOpen);
  // A card found frozen at lookup: a manager can unfreeze it or move its balance right here.
  const frozenCard = useAppStore((state) => state.card?.status === 'frozen');
  useKeyboardWedge(useAppStoreApi(), (step === 'entry' || step === 'approved') && !approvalOpen);

  // The store's limits and whether it reloads cards, asked once per visit to the counter.
  useEffect(() => {
    void loadSaleSettings();
  }, [loadSaleSettings]);
  // Sell a card from the empty counter or straight after a customer is done.
  useFunctionKey(
    FUNCTION_KEYS.sellCard,
    () => setMode('sell'),
    step === 'entry' || step === 'approved' || step === 'sold',
  );

  useEffect(() => {
    function onKeyDown(event: KeyboardEvent) {
      if (event.key === 'Escape' && !event.defaultPrevented) back();
    }
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [back]);

  return (
    <section className="till" aria-labelledby="redeem-heading">
      <div className="till__counter">
        <div className="till__head">
          <h1 id="redeem-heading">
            {mode === 'sell' || mode === 'refund' ? t(`sale.heading.${mode}`) : t('redeem.heading')}
          </h1>
          {step === 'entry' && <ModeTabs />}
        </div>
        <div className={`panel till__panel till__panel--${step}`}>
          {step === 'entry' && (
            <>
              <CodeEntry />
              <CameraToggle />
            </>
          )}
          {step === 'card' && <CardPanel />}
          {step === 'confirm' && <ConfirmStep />}
          {step === 'approved' && <ApprovedPanel />}
          {step === 'error' && <ErrorPanel />}
          {step === 'sale' && <SaleStep />}
          {step === 'sold' && <SoldPanel />}
          {/* One place for the manager's card actions, so what they report survives the step change they cause. */}
          {(step === 'card' || (step === 'error' && frozenCard)) && <LostCardActions />}
        </div>
      </div>
      <CounterSide />
    </section>
  );
}
