import { useState } from 'react';
import type { TransferResponse } from '../../../shared/backend-api.js';
import { maskCode } from '../../../shared/claim-code.js';
import { useAppStore } from '../../store/store-context.js';
import { money } from '../../format/store-format.js';
import { ManagerApprovalDialog } from './ManagerApprovalDialog.js';
import { PrintButton } from '../PrintButton.js';
import { useT } from '../../i18n/index.js';
import { TextField } from '../TextField.js';

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
  const { t } = useT();
  const [dialog, setDialog] = useState<Dialog>(null);
  const [toCode, setToCode] = useState('');
  const [moved, setMoved] = useState<TransferResponse['transfer'] | null>(null);
  if (card === null) return null;

  return (
    <div className="actions" role="group" aria-label={t('lostCard.group')}>
      {card.status === 'active' && (
        <button className="button" type="button" onClick={() => setDialog('freeze')}>
          {t('lostCard.reportLost')}
        </button>
      )}
      {card.status === 'frozen' && card.balanceMinor > 0 && (
        <button className="button" type="button" onClick={() => setDialog('transfer')}>
          {t('lostCard.moveBalance')}
        </button>
      )}
      {card.status === 'frozen' && (
        <button className="button" type="button" onClick={() => setDialog('unfreeze')}>
          {t('lostCard.unfreeze')}
        </button>
      )}
      {moved !== null && (
        <>
          <p className="message" role="status">
            {t('lostCard.moved', {
              amount: money(moved.amountMinor, moved.currency, store),
              from: maskCode(moved.from.last4),
              to: maskCode(moved.to.last4),
              balance: money(moved.to.balanceMinor, moved.to.currency, store),
            })}
          </p>
          <PrintButton label={t('lostCard.printReceipts')} onPrint={() => printTransferReceipts(moved.id)} />
        </>
      )}
      {dialog === 'freeze' && (
        <ManagerApprovalDialog
          title={t('lostCard.freezeTitle', { card: maskCode(card.last4) })}
          submitLabel={t('lostCard.approveFreeze')}
          defaultReason={t('lostCard.freezeReason')}
          onClose={() => setDialog(null)}
          onApprove={freeze}
        />
      )}
      {dialog === 'unfreeze' && (
        <ManagerApprovalDialog
          title={t('lostCard.unfreezeTitle', { card: maskCode(card.last4) })}
          submitLabel={t('lostCard.approveUnfreeze')}
          defaultReason={t('lostCard.unfreezeReason')}
          onClose={() => setDialog(null)}
          onApprove={unfreeze}
        />
      )}
      {dialog === 'transfer' && (
        <ManagerApprovalDialog
          title={t('lostCard.transferTitle', { card: maskCode(card.last4) })}
          submitLabel={t('lostCard.approveTransfer')}
          defaultReason={t('lostCard.transferReason')}
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
          <TextField
            label={t('lostCard.newCardCode')}
            autoFocus
            autoComplete="off"
            spellCheck={false}
            value={toCode}
            onChange={(event) => setToCode(event.target.value)}
          />
        </ManagerApprovalDialog>
      )}
    </div>
  );
}
