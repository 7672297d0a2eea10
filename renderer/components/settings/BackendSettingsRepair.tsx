import { useState, type FormEvent } from 'react';
import type { AppError } from '../../../shared/error-codes.js';
import { backendUrlSchema } from '../../../shared/pairing-api.js';
import { errorText } from '../../format/error-text.js';
import { useT } from '../../i18n/index.js';
import { useAppStore } from '../../store/store-context.js';
import { TextField } from '../TextField.js';

/**
 * Re-pair: a new code (and perhaps a new backend URL) while the terminal stays paired; the old key
 * is replaced only when the new pairing works. The host signs the manager out afterwards, since
 * the session belonged to the old key.
 */
export function BackendSettingsRepair({ backendUrl }: { backendUrl: string }) {
  const { t } = useT();
  const store = useAppStore((state) => state.session?.store);
  const pairTerminal = useAppStore((state) => state.pairTerminal);
  const [open, setOpen] = useState(false);
  const [url, setUrl] = useState(backendUrl);
  const [code, setCode] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<AppError | null>(null);
  const [urlInvalid, setUrlInvalid] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!backendUrlSchema.safeParse(url.trim()).success) return setUrlInvalid(true);
    setUrlInvalid(false);
    setBusy(true);
    const failure = await pairTerminal({ backendUrl: url.trim(), code: code.trim() });
    setBusy(false);
    setCode('');
    setError(failure);
  }

  if (!open) {
    return (
      <div className="actions">
        <button className="button" type="button" onClick={() => setOpen(true)}>
          {t('backendSettings.repair')}
        </button>
      </div>
    );
  }
  const text = error === null ? null : errorText(error, store);
  return (
    <form className="form" aria-label={t('backendSettings.repair')} onSubmit={(event) => void submit(event)} noValidate>
      <p className="field__note">{t('backendSettings.repairIntro')}</p>
      <TextField
        label={t('pairing.backendUrl')}
        name="backendUrl"
        type="url"
        autoComplete="off"
        spellCheck={false}
        value={url}
        aria-invalid={urlInvalid}
        onChange={(event) => setUrl(event.target.value)}
      />
      <TextField
        label={t('pairing.code')}
        name="pairingCode"
        autoComplete="off"
        spellCheck={false}
        required
        value={code}
        onChange={(event) => setCode(event.target.value)}
      />
      {urlInvalid && (
        <p className="field__error" role="alert">
          {t('pairing.urlInvalid')}
        </p>
      )}
      {text !== null && (
        <div className="message message--error" role="alert">
          <strong>{text.title}</strong> {text.nextStep}
        </div>
      )}
      <div className="actions">
        <button className="button button--primary" type="submit" disabled={busy || code.trim() === ''}>
          {busy ? t('pairing.working') : t('backendSettings.repair')}
        </button>
        <button className="button" type="button" disabled={busy} onClick={() => setOpen(false)}>
          {t('backendSettings.cancel')}
        </button>
      </div>
    </form>
  );
}
