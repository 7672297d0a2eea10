import type { FormEvent } from 'react';
import { CODE_LENGTH, formatCode, normalizeCode } from '../../shared/claim-code.js';
import { useAppStore } from '../store/store-context.js';
import { EntryProblemMessage } from './EntryProblemMessage.js';

/** The card code field: takes typing, paste and scanners, and shows the 4-6-5 grouping as it goes. */
export function CodeEntry() {
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

  return (
    <form className="form code-entry" onSubmit={submit} aria-busy={pending}>
      <label className="field">
        <span className="field__label">Card code</span>
        <input
          className="field__input field__input--code"
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
      </label>
      {problem !== null && <EntryProblemMessage problem={problem} />}
      <button className="button button--primary" type="submit" disabled={pending}>
        {pending ? 'Looking up…' : mode === 'balance' ? 'Show balance' : 'Look up card'}
      </button>
    </form>
  );
}
