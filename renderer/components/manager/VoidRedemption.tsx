import { useState } from 'react';
import type { Redemption, VoidResponse } from '../../../shared/backend-api.js';
import { maskCode } from '../../../shared/claim-code.js';
import { useAppStore } from '../../store/store-context.js';
import { money } from '../../format/store-format.js';
import { ManagerApprovalDialog } from './ManagerApprovalDialog.js';
import { PrintButton } from '../PrintButton.js';
import { useT } from '../../i18n/index.js';

/**
 * "Void" for a redemption of this shift: a manager approves, the amount returns to the card.
 * With `onVoided`, the caller shows the outcome (the X report does, above its refreshed list);
 * without, it shows here in place of the button.
 */
export function VoidRedemption({
  redemption,
  onVoided,
}: {
  redemption: Pick<Redemption, 'id' | 'amountMinor' | 'currency' | 'card'>;
  onVoided?: (voided: VoidResponse) => void;
}) {
  const voidRedemption = useAppStore((state) => state.voidRedemption);
  const store = useAppStore((state) => state.session?.store);
  const { t } = useT();
  const [open, setOpen] = useState(false);
  const [voided, setVoided] = useState<VoidResponse | null>(null);
  const card = maskCode(redemption.card.last4);

  if (voided !== null) return onVoided === undefined ? <VoidDone voided={voided} /> : null;
  return (
    <>
      <button className="button" type="button" onClick={() => setOpen(true)}>
        {t('voidRedemption.void', { card })}
      </button>
      {open && (
        <ManagerApprovalDialog
          title={t('voidRedemption.title', { amount: money(redemption.amountMinor, redemption.currency, store), card })}
          submitLabel={t('voidRedemption.approve')}
          defaultReason={t('voidRedemption.defaultReason')}
          onClose={() => setOpen(false)}
          onApprove={async (approval) => {
            const result = await voidRedemption(redemption.id, approval);
            if (!result.ok) return result.error;
            setVoided(result.value);
            onVoided?.(result.value);
            return null;
          }}
        />
      )}
    </>
  );
}

/** What a void did (amount back on the card, its new balance), with its receipt to print. */
export function VoidDone({ voided }: { voided: VoidResponse }) {
  const printVoidReceipt = useAppStore((state) => state.printVoidReceipt);
  const store = useAppStore((state) => state.session?.store);
  const { t } = useT();
  return (
    <>
      <p className="message" role="status">
        {t('voidRedemption.voided', {
          amount: money(voided.void.amountMinor, voided.void.currency, store),
          card: maskCode(voided.void.card.last4),
          balance: money(voided.balanceAfterMinor, voided.void.currency, store),
        })}
      </p>
      <PrintButton label={t('voidRedemption.printReceipt')} onPrint={() => printVoidReceipt(voided.void.id)} />
    </>
  );
}

/** Void for the redemption just approved on the redeem screen. */
export function VoidApprovedRedemption() {
  const redemption = useAppStore((state) => state.redemption);
  if (redemption === null) return null;
  return <VoidRedemption key={redemption.id} redemption={redemption} />;
}
