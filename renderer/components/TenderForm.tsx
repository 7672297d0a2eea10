import { useEffect, useRef, useState, type FormEvent } from 'react';
import type { CardView } from '../../shared/backend-api.js';
import { useAppStore } from '../store/store-context.js';
import { amountText, type TenderKind } from '../store/tender.js';
import { errorText } from '../format/error-text.js';
import { Keypad } from './Keypad.js';
import { useT } from '../i18n/index.js';
import { FUNCTION_KEYS, KeyHint, useFunctionKey } from './function-keys.js';
import { TextField } from './TextField.js';

const KINDS: ReadonlyArray<{ kind: TenderKind; shortcut: (typeof FUNCTION_KEYS)[keyof typeof FUNCTION_KEYS] }> = [
  { kind: 'full', shortcut: FUNCTION_KEYS.fullBalance },
  { kind: 'amount', shortcut: FUNCTION_KEYS.amount },
  { kind: 'sale', shortcut: FUNCTION_KEYS.saleTotal },
];

/** How much to take: the full balance, an amount, or a sale total (the card pays what it can). */
export function TenderForm({ card }: { card: CardView }) {
  const { t } = useT();
  const tenderKind = useAppStore((state) => state.tenderKind);
  const amountInput = useAppStore((state) => state.amountInput);
  const problem = useAppStore((state) => state.amountProblem);
  const store = useAppStore((state) => state.session?.store);
  const chooseTenderKind = useAppStore((state) => state.chooseTenderKind);
  const setAmountInput = useAppStore((state) => state.setAmountInput);
  const submitTender = useAppStore((state) => state.submitTender);

  const inputRef = useRef<HTMLInputElement>(null);
  // Choosing Amount or Sale total puts the cursor in its field, even when that kind was already chosen.
  const [focusRequest, setFocusRequest] = useState(0);
  useEffect(() => {
    if (focusRequest > 0) inputRef.current?.focus();
  }, [focusRequest]);

  function choose(kind: TenderKind) {
    chooseTenderKind(kind);
    if (kind === 'full') submitTender();
    else setFocusRequest((count) => count + 1);
  }

  useFunctionKey(FUNCTION_KEYS.fullBalance, () => choose('full'));
  useFunctionKey(FUNCTION_KEYS.amount, () => choose('amount'));
  useFunctionKey(FUNCTION_KEYS.saleTotal, () => choose('sale'));

  function submit(event: FormEvent) {
    event.preventDefault();
    submitTender();
  }

  const inputLabel = tenderKind === 'sale' ? t('redeem.tender.sale') : t('redeem.tender.amount');
  const text = problem === null ? null : errorText(problem, store);
  return (
    <div className="tender">
      <div className="tender__kinds" role="group" aria-label={t('redeem.tender.group')}>
        {KINDS.map((entry, index) => (
          <button
            key={entry.kind}
            type="button"
            className="button tender__kind"
            aria-pressed={entry.kind === 'full' ? undefined : tenderKind === entry.kind}
            autoFocus={index === 0 && tenderKind === 'full'}
            aria-keyshortcuts={entry.shortcut}
            onClick={() => choose(entry.kind)}
          >
            {t(`redeem.tender.${entry.kind}`)}
            <KeyHint shortcut={entry.shortcut} />
          </button>
        ))}
      </div>
      {tenderKind !== 'full' && (
        <form className="tender__entry" onSubmit={submit}>
          <div className="form">
            <TextField
              label={inputLabel}
              inputClassName="field__input--money"
              key={tenderKind}
              ref={inputRef}
              name="amount"
              inputMode="numeric"
              autoComplete="off"
              autoFocus
              placeholder={amountText('0', card.currency) || card.currency}
              aria-describedby="amount-convention"
              aria-invalid={problem !== null}
              value={amountText(amountInput, card.currency)}
              onChange={(event) => setAmountInput(event.target.value)}
            />
            {/* A problem with the amount takes the place of the hint, which is still read out with the field. */}
            <p id="amount-convention" className={text === null ? 'field__hint' : 'visually-hidden'}>
              {t('redeem.tender.centsFirst', { example: amountText('1000', card.currency) })}
            </p>
            {text !== null && (
              <div className="message message--error" role="alert">
                <p className="message__title">{text.title}</p>
                <p>{text.nextStep}</p>
                {text.facts.map((fact) => (
                  <p key={fact}>{fact}</p>
                ))}
              </div>
            )}
            <button className="button button--primary" type="submit">
              {t('redeem.tender.continue')}
            </button>
          </div>
          <Keypad />
        </form>
      )}
    </div>
  );
}
