import { useEffect, useState, type FormEvent } from 'react';
import type { AppError } from '../../shared/error-codes.js';
import { backendUrlSchema } from '../../shared/pairing-api.js';
import { errorText } from '../format/error-text.js';
import { useT } from '../i18n/index.js';
import { useAppStore } from '../store/store-context.js';
import '../components/settings/pairing.css';
import { TextField } from '../components/TextField.js';

/**
 * First run: the terminal has no key. A manager types the backend URL (prefilled with what the
 * terminal has) and a one-time pairing code; the host fetches and keeps the key, and the terminal
 * moves on to sign-in. The code is cleared after every try: it never stays on the screen.
 */
export function PairingScreen() {
  const { t } = useT();
  const suggestedUrl = useAppStore((state) => state.suggestedBackendUrl);
  const loadSuggestedBackendUrl = useAppStore((state) => state.loadSuggestedBackendUrl);
  const pairTerminal = useAppStore((state) => state.pairTerminal);
  const [backendUrl, setBackendUrl] = useState<string | null>(null);
  const [code, setCode] = useState('');
  const [terminalName, setTerminalName] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<AppError | null>(null);
  const [problem, setProblem] = useState<'urlInvalid' | 'codeMissing' | null>(null);

  useEffect(() => {
    void loadSuggestedBackendUrl();
  }, [loadSuggestedBackendUrl]);

  const url = backendUrl ?? suggestedUrl ?? '';

  async function submit(event: FormEvent) {
    event.preventDefault();
    setError(null);
    if (!backendUrlSchema.safeParse(url.trim()).success) return setProblem('urlInvalid');
    if (code.trim() === '') return setProblem('codeMissing');
    setProblem(null);
    setBusy(true);
    const name = terminalName.trim();
    const failure = await pairTerminal({
      backendUrl: url.trim(),
      code: code.trim(),
      ...(name === '' ? {} : { terminalName: name }),
    });
    setBusy(false);
    setCode('');
    setError(failure);
  }

  const text = error === null ? null : errorText(error, undefined);
  return (
    <section className="panel pairing" aria-labelledby="pairing-heading">
      <h1 id="pairing-heading">{t('pairing.heading')}</h1>
      <p>{t('pairing.intro')}</p>
      <form className="form" onSubmit={(event) => void submit(event)} noValidate>
        <div className="field">
          <label className="field__label" htmlFor="pairing-backend-url">
            {t('pairing.backendUrl')}
          </label>
          <input
            id="pairing-backend-url"
            className="field__input"
            name="backendUrl"
            type="url"
            inputMode="url"
            autoComplete="off"
            spellCheck={false}
            value={url}
            aria-invalid={problem === 'urlInvalid'}
            aria-describedby="pairing-backend-url-note"
            onChange={(event) => setBackendUrl(event.target.value)}
          />
          <span id="pairing-backend-url-note" className="field__note">
            {t('pairing.backendUrlHelp')}
          </span>
        </div>
        <div className="field">
          <label className="field__label" htmlFor="pairing-code">
            {t('pairing.code')}
          </label>
          <input
            id="pairing-code"
            className="field__input pairing__code"
            name="pairingCode"
            autoComplete="off"
            autoCapitalize="characters"
            spellCheck={false}
            autoFocus
            value={code}
            aria-invalid={problem === 'codeMissing'}
            aria-describedby="pairing-code-note"
            onChange={(event) => setCode(event.target.value)}
          />
          <span id="pairing-code-note" className="field__note">
            {t('pairing.codeHelp')}
          </span>
        </div>
        <TextField
          label={t('pairing.terminalName')}
          name="terminalName"
          autoComplete="off"
          maxLength={60}
          value={terminalName}
          onChange={(event) => setTerminalName(event.target.value)}
        />
        {problem !== null && (
          <p className="field__error" role="alert">
            {t(`pairing.${problem}`)}
          </p>
        )}
        {text !== null && (
          <div className="message message--error" role="alert">
            <strong>{text.title}</strong> {text.nextStep}
          </div>
        )}
        <button className="button button--primary" type="submit" disabled={busy}>
          {busy ? t('pairing.working') : t('pairing.submit')}
        </button>
      </form>
    </section>
  );
}
