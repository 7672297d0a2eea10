import { useState } from 'react';
import type { TransferResponse } from '../../../shared/backend-api.js';
import { maskCode } from '../../../shared/claim-code.js';
import { useAppStore } from '../../store/store-context.js';
import { money } from '../../format/store-format.js';
import { ManagerApprovalDialog } from './ManagerApprovalDialog.js';
import { PrintButton } from '../PrintButton.js';

type Dialog = 'freeze' | 'unfreeze' | 'transfer' | null;

/**
 * For the card on screen: a manager freezes a card reported lost or stolen, and moves a frozen
 * card's balance to a new card. The new card's code is typed or scanned into the dialog.
 */
export function LostCardActions() {
  const card = useAppStore((state) => state.card);
  const store = useAppStore((state) => state.session?.store);
  const freeze = useAppStore((state) => state.freezeCardOnScreen);
  const unfreeze = useAppStore((state) => state.unfreezeCardOnScreen);
  const transfer = useAppStore((state) => state.transferFromCardOnScreen);
  const printTransferReceipts = useAppStore((state) => state.printTransferReceipts);
  const [dialog, setDialog] = useState<Dialog>(null);
  const [toCode, setToCode] = useState('');
  const [moved, setMoved] = useState<TransferResponse['transfer'] | null>(null);
  if (card === null) return null;

  return (
    <div className="actions" role="group" aria-label="Lost or stolen card">
      {card.status === 'active' && (
        <button className="button" type="button" onClick={() => setDialog('freeze')}>
          Report lost or stolen
        </button>
      )}
      {card.status === 'frozen' && card.balanceMinor > 0 && (
        <button className="button" type="button" onClick={() => setDialog('transfer')}>
          Move balance to a new card
        </button>
      )}
      {card.status === 'frozen' && (
        <button className="button" type="button" onClick={() => setDialog('unfreeze')}>
          Unfreeze card
        </button>
      )}
      {moved !== null && (
        <>
          <p className="message" role="status">
            Moved {money(moved.amountMinor, moved.currency, store)} from {maskCode(moved.from.last4)} to{' '}
            {maskCode(moved.to.last4)}. New card balance: {money(moved.to.balanceMinor, moved.to.currency, store)}
          </p>
          <PrintButton label="Print transfer receipts" onPrint={() => printTransferReceipts(moved.id)} />
        </>
      )}
      {dialog === 'freeze' && (
        <ManagerApprovalDialog
          title={`Freeze ${maskCode(card.last4)}`}
          submitLabel="Approve freeze"
          defaultReason="Reported lost"
          onClose={() => setDialog(null)}
          onApprove={freeze}
        />
      )}
      {dialog === 'unfreeze' && (
        <ManagerApprovalDialog
          title={`Unfreeze ${maskCode(card.last4)}`}
          submitLabel="Approve unfreeze"
          defaultReason="Card found by its owner"
          onClose={() => setDialog(null)}
          onApprove={unfreeze}
        />
      )}
      {dialog === 'transfer' && (
        <ManagerApprovalDialog
          title={`Move balance of ${maskCode(card.last4)}`}
          submitLabel="Approve transfer"
          defaultReason="Replacement for a lost card"
          onClose={() => {
            setDialog(null);
            setToCode('');
          }}
          onApprove={async (approval) => {
            const result = await transfer(toCode, approval);
            if (!result.ok) return result.error;
            setMoved(result.value.transfer);
            setToCode('');
            return null;
          }}
        >
          <label className="field">
            <span className="field__label">New card code</span>
            <input
              className="field__input"
              autoFocus
              autoComplete="off"
              spellCheck={false}
              value={toCode}
              onChange={(event) => setToCode(event.target.value)}
            />
          </label>
        </ManagerApprovalDialog>
      )}
    </div>
  );
}
