import { CODE_LENGTH, formatCode } from '../../shared/claim-code.js';
import { ERROR_INFO } from '../../shared/error-codes.js';
import { useAppStore } from '../store/store-context.js';
import type { EntryProblem } from '../store/redeem-slice.js';

/** Caught on the terminal before any backend call; a suggested fix is offered, never applied silently. */
export function EntryProblemMessage({ problem }: { problem: EntryProblem }) {
  const acceptSuggestion = useAppStore((state) => state.acceptSuggestion);
  return (
    <div id="code-problem" className="message message--error" role="alert">
      {problem.kind === 'check_failed' && (
        <>
          <p className="message__title">This code does not check out</p>
          {problem.suggestion === null ? (
            <p>{ERROR_INFO.code_malformed.nextStep}</p>
          ) : (
            <>
              <p>Did you mean {formatCode(problem.suggestion)}?</p>
              <button className="button" type="button" onClick={() => void acceptSuggestion()}>
                Use suggested code
              </button>
            </>
          )}
        </>
      )}
      {problem.kind === 'incomplete' && (
        <p className="message__title">
          The code is incomplete: {problem.length} of {CODE_LENGTH} characters.
        </p>
      )}
      {problem.kind === 'not_gift_card' && (
        <>
          <p className="message__title">Not a gift card</p>
          <p>That barcode is not a gift card code. Scan the code on the gift card, or type it.</p>
        </>
      )}
      {problem.kind === 'malformed' && (
        <>
          <p className="message__title">{ERROR_INFO.code_malformed.title}</p>
          <p>{ERROR_INFO.code_malformed.nextStep}</p>
        </>
      )}
    </div>
  );
}
