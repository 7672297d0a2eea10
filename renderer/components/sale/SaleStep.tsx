import { useState, type FormEvent } from 'react';
import { maskCode } from '../../../shared/claim-code.js';
import { useAppStore } from '../../store/store-context.js';
import { needsManager, saleLimits } from '../../store/sale-slice.js';
import { amountText } from '../../store/tender.js';
import { errorText } from '../../format/error-text.js';
import { money } from '../../format/store-format.js';
import { Keypad } from '../Keypad.js';
import { FUNCTION_KEYS, KeyHint, useFunctionKey } from '../function-keys.js';
import { ManagerApprovalDialog } from '../manager/ManagerApprovalDialog.js';
import { UnknownOutcomeNotice } from '../UnknownOutcomeNotice.js';
import { useT } from '../../i18n/index.js';
import { TextField } from '../TextField.js';

/** Refusals of a card that is not this store's to sell or credit (another store, region or currency). */
const NOT_OURS = new Set(['card_not_in_stock', 'currency_mismatch', 'region_mismatch']);

/**
 * The amount to put on a card, cents first like a redemption, within the store's limits, then
 * Confirm (behind the manager's PIN for a fix of "not activated" and for a refund). The card is
 * named by its last four only; the backend's answer says what the card is.
 */
export function SaleStep() {
  const { t } = useT();
  const code = useAppStore((state) => state.code);
  const card = useAppStore((state) => state.card);
  const purpose = useAppStore((state) => state.salePurpose);
  const settings = useAppStore((state) => state.saleSettings);
  const amountInput = useAppStore((state) => state.amountInput);
  const problem = useAppStore((state) => state.amountProblem);
  const pending = useAppStore((state) => state.salePending);
  const sent = useAppStore((state) => state.saleSent);
  const saleError = useAppStore((state) => state.saleError);
  const store = useAppStore((state) => state.session?.store);
  const setAmountInput = useAppStore((state) => state.setAmountInput);
  const reviewSaleAmount = useAppStore((state) => state.reviewSaleAmount);
  const confirmSale = useAppStore((state) => state.confirmSale);
  const leaveSale = useAppStore((state) => state.leaveSale);
  const [approving, setApproving] = useState(false);
  const manager = needsManager(purpose);
  const confirm = () => {
    if (pending || approving) return;
    if (!manager) return void confirmSale();
    if (reviewSaleAmount()) setApproving(true);
  };
  useFunctionKey(FUNCTION_KEYS.confirm, confirm, !pending);
  if (code === null || store === undefined) return null;

  const currency = settings?.currency ?? store.currency;
  const format = (minor: number) => money(minor, currency, store);
  const cardName = maskCode(code.slice(-4));
  const limits = saleLimits(purpose, settings, card?.balanceMinor ?? 0);
  const shown = problem ?? saleError;
  const text = shown === null ? null : errorText(shown, store);
  const unknown = saleError?.code === 'outcome_unknown';
  // After a lost answer the amount stays as sent: Try again repeats that very request.
  const amountDigits = sent === null ? amountInput : String(sent.amountMinor);
  const amount = format(Number(amountDigits || '0'));

  function submit(event: FormEvent) {
    event.preventDefault();
    confirm();
  }

  return (
    <div className="sale step" aria-busy={pending}>
      <div className="step__body">
        <h2 id="sale-heading">{t(`sale.titles.${purpose}`, { card: cardName })}</h2>
        <p className="sale__lead">
          {t(`sale.leads.${purpose}`, { balance: format(card?.balanceMinor ?? 0) })}
          {limits !== null && limits.maxMinor > 0 && (
            <> {t('sale.limits', { min: format(limits.minMinor), max: format(limits.maxMinor) })}</>
          )}
        </p>
        <form className="tender__entry" onSubmit={submit} aria-labelledby="sale-heading">
          <div className="form">
            <TextField
              label={t('sale.amount')}
              inputClassName="field__input--money"
              name="saleAmount"
              inputMode="numeric"
              autoComplete="off"
              autoFocus
              readOnly={pending || sent !== null}
              placeholder={amountText('0', currency) || currency}
              aria-describedby="sale-amount-convention"
              aria-invalid={problem !== null}
              value={amountText(amountDigits, currency)}
              onChange={(event) => setAmountInput(event.target.value)}
            />
            <p id="sale-amount-convention" className={text === null ? 'field__hint' : 'visually-hidden'}>
              {t('redeem.tender.centsFirst', { example: amountText('1000', currency) })}
            </p>
            {unknown ? (
              <UnknownOutcomeNotice checking={pending} />
            ) : (
              text !== null && (
                <div className="message message--error" role="alert">
                  <p className="message__title">{text.title}</p>
                  <p>{text.nextStep}</p>
                  {text.facts.map((fact) => (
                    <p key={fact}>{fact}</p>
                  ))}
                  {NOT_OURS.has(shown?.code ?? '') && <p>{t('sale.notOurs', { currency })}</p>}
                  {sent !== null && <p>{t('sale.openOutcome')}</p>}
                </div>
              )
            )}
            {pending && <p role="status">{t('sale.sending')}</p>}
          </div>
          <Keypad />
        </form>
      </div>
      <div className="actions step__actions">
        <button
          className="button button--primary"
          type="button"
          disabled={pending}
          aria-keyshortcuts={FUNCTION_KEYS.confirm}
          onClick={confirm}
        >
          {sent !== null ? t('sale.tryAgain') : t(`sale.confirm.${purpose}`)}
          <KeyHint shortcut={FUNCTION_KEYS.confirm} />
        </button>
        {sent === null && (
          <button className="button" type="button" disabled={pending} onClick={leaveSale}>
            {t('sale.back')}
          </button>
        )}
        {sent !== null && <NextCustomerInline disabled={pending} />}
      </div>
      {approving && (
        <ManagerApprovalDialog
          title={t(purpose === 'fix' ? 'sale.approval.fixTitle' : 'sale.approval.refundTitle', {
            card: cardName,
            amount,
          })}
          submitLabel={t(purpose === 'fix' ? 'sale.approval.approveFix' : 'sale.approval.approveRefund')}
          defaultReason={t(purpose === 'fix' ? 'sale.approval.fixReason' : 'sale.approval.refundReason')}
          onClose={() => setApproving(false)}
          onApprove={(approval) => confirmSale(approval)}
        />
      )}
    </div>
  );
}

/** The way out after a lost answer (the outcome stays in the host's hands, as for a redemption). */
function NextCustomerInline({ disabled }: { disabled: boolean }) {
  const { t } = useT();
  const nextCustomer = useAppStore((state) => state.nextCustomer);
  return (
    <button className="button" type="button" disabled={disabled} onClick={nextCustomer}>
      {t('redeem.nextCustomer')}
    </button>
  );
}
