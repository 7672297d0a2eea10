import { CODE_LENGTH, formatCode } from '../../shared/claim-code.js';
import { useAppStore } from '../store/store-context.js';
import type { EntryProblem } from '../store/redeem-slice.js';
import { useT } from '../i18n/index.js';

/** Caught on the terminal before any backend call; a suggested fix is offered, never applied silently. */
export function EntryProblemMessage({ problem }: { problem: EntryProblem }) {
  const { t } = useT();
  const acceptSuggestion = useAppStore((state) => state.acceptSuggestion);
  return (
    <div id="code-problem" className="message message--error" role="alert">
      {problem.kind === 'check_failed' && (
        <>
          <p className="message__title">{t('redeem.entryProblem.checkFailed')}</p>
          {problem.suggestion === null ? (
            <p>{t('redeem.entryProblem.lastCharacter')}</p>
          ) : (
            <>
              <p>{t('redeem.entryProblem.didYouMean', { code: formatCode(problem.suggestion) })}</p>
              <button className="button" type="button" onClick={() => void acceptSuggestion()}>
                {t('redeem.entryProblem.useSuggestion')}
              </button>
            </>
          )}
        </>
      )}
      {problem.kind === 'incomplete' && (
        <p className="message__title">
          {t('redeem.entryProblem.incomplete', { length: problem.length, total: CODE_LENGTH })}
        </p>
      )}
      {problem.kind === 'not_gift_card' && (
        <>
          <p className="message__title">{t('redeem.entryProblem.notGiftCard')}</p>
          <p>
            {problem.symbology === undefined
              ? t('redeem.entryProblem.notGiftCardNext')
              : t('redeem.entryProblem.notGiftCardSymbology', { symbology: problem.symbology })}
          </p>
        </>
      )}
      {problem.kind === 'scan_dropped' && (
        <>
          <p className="message__title">{t('redeem.entryProblem.scanDropped')}</p>
          <p>{t('redeem.entryProblem.scanDroppedNext', { length: problem.length })}</p>
        </>
      )}
      {problem.kind === 'malformed' && (
        <>
          <p className="message__title">{t('errors.code_malformed.title')}</p>
          <p>{t('errors.code_malformed.nextStep')}</p>
        </>
      )}
    </div>
  );
}
