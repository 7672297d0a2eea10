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
import { LostCardActions } from '../components/manager/LostCardActions.js';
import { VoidApprovedRedemption } from '../components/manager/VoidRedemption.js';
import { useT } from '../i18n/index.js';

/** The main screen: one step of the redemption flow at a time; Escape goes back one step. */
export function RedeemScreen() {
  const { t } = useT();
  const step = useAppStore((state) => state.step);
  const back = useAppStore((state) => state.back);
  // A keyboard-wedge scan anywhere on the screen lands in the code field, whichever control has focus.
  const approvalOpen = useAppStore((state) => state.approvalOpen);
  useKeyboardWedge(useAppStoreApi(), (step === 'entry' || step === 'approved') && !approvalOpen);

  useEffect(() => {
    function onKeyDown(event: KeyboardEvent) {
      if (event.key === 'Escape' && !event.defaultPrevented) back();
    }
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [back]);

  return (
    <section className="redeem" aria-labelledby="redeem-heading">
      <h1 id="redeem-heading">{t('redeem.heading')}</h1>
      {step === 'entry' && <ModeTabs />}
      <div className="panel">
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
        {step === 'card' && <LostCardActions />}
        {step === 'approved' && <VoidApprovedRedemption />}
      </div>
    </section>
  );
}
