import type { FormEvent } from 'react';
import { CODE_LENGTH, formatCode, normalizeCode } from '../../shared/claim-code.js';
import { useAppStore } from '../store/store-context.js';
import { EntryProblemMessage } from './EntryProblemMessage.js';
import { FUNCTION_KEYS, KeyHint, useFunctionKey } from './function-keys.js';
import { useT } from '../i18n/index.js';
import { TextField } from './TextField.js';

/**
 * The card code field: takes typing, paste and scanners, and shows the 4-6-5 grouping as it goes.
 * `next`: the field on the Approved screen, where a code starts the next customer.
 */
export function CodeEntry({ next = false }: { next?: boolean }) {
  const { t } = useT();
  const codeInput = useAppStore((state) => state.codeInput);
  const problem = useAppStore((state) => state.entryProblem);
  const pending = useAppStore((state) => state.pending);
  const mode = useAppStore((state) => state.mode);
  const setCodeInput = useAppStore((state) => state.setCodeInput);
  const submitCode = useAppStore((state) => state.submitCode);

  function submit(event: FormEvent) {
    event.preventDefault();
    void submitCode();
  }
  useFunctionKey(FUNCTION_KEYS.lookUp, () => void submitCode(), !pending);

  return (
    <form className={`form code-entry${next ? ' code-entry--next' : ''}`} onSubmit={submit} aria-busy={pending}>
      <TextField
        label={t('redeem.codeEntry.label')}
        inputClassName="field__input--code"
        name="cardCode"
        autoFocus
        autoComplete="off"
        autoCapitalize="characters"
        spellCheck={false}
        placeholder={formatCode('X'.repeat(CODE_LENGTH))}
        aria-describedby={problem === null ? undefined : 'code-problem'}
        aria-invalid={problem !== null}
        value={formatCode(codeInput)}
        onChange={(event) => setCodeInput(normalizeCode(event.target.value))}
        readOnly={pending}
      />
      {problem !== null && <EntryProblemMessage problem={problem} />}
      <button
        className="button button--primary"
        type="submit"
        disabled={pending}
        aria-keyshortcuts={FUNCTION_KEYS.lookUp}
      >
        {pending
          ? t('redeem.codeEntry.lookingUp')
          : mode === 'balance'
            ? t('redeem.codeEntry.showBalance')
            : mode === 'sell' || mode === 'refund'
              ? t('redeem.codeEntry.continue')
              : t('redeem.codeEntry.lookUp')}
        <KeyHint shortcut={FUNCTION_KEYS.lookUp} />
      </button>
    </form>
  );
}
