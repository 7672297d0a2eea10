import { useShallow } from 'zustand/react/shallow';
import { useAppStore } from '../store/store-context.js';
import { customerViewOf } from '../store/customer-view.js';
import { CustomerViewPanel } from './customer/CustomerViewPanel.js';
import { ReceiptPreview } from './ReceiptPreview.js';
import { useT } from '../i18n/index.js';

/**
 * The till's right-hand side: after an approval the receipt preview, before it what the customer
 * display shows now (the same derived view, so the cashier sees what the customer reads).
 */
export function CounterSide() {
  const { t, language } = useT();
  const redemption = useAppStore((state) => (state.step === 'approved' ? state.redemption : null));
  const stillDueMinor = useAppStore((state) => state.stillDueMinor);
  // Every field of the view is a plain value, so a shallow compare tells a change from a re-render.
  const view = useAppStore(useShallow((state) => customerViewOf(state, language)));
  return (
    <aside className="till__side" aria-label={t('redeem.side.label')}>
      {redemption !== null ? (
        <ReceiptPreview redemption={redemption} stillDueMinor={stillDueMinor} />
      ) : (
        <section className="customer-mirror" aria-label={t('redeem.side.customerSees')}>
          <p className="customer-mirror__label">{t('redeem.side.customerSees')}</p>
          <CustomerViewPanel view={view} mirrored />
        </section>
      )}
    </aside>
  );
}
