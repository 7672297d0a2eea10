import { useEffect, useState, type FormEvent } from 'react';
import type { AppError } from '../../../shared/error-codes.js';
import { errorText } from '../../format/error-text.js';
import { dateTime } from '../../format/store-format.js';
import { useT } from '../../i18n/index.js';
import { useAppStore } from '../../store/store-context.js';
import { TextField } from '../TextField.js';

/**
 * Settings → Pair another terminal. New pairing code: a manager names the new terminal and gets a one-time code, shown once in
 * large type with its expiry. Leaving (or Done) forgets it on this screen.
 */
export function BackendSettingsNewCode() {
  const { t } = useT();
  const store = useAppStore((state) => state.session?.store);
  const code = useAppStore((state) => state.newPairingCode);
  const createPairingCode = useAppStore((state) => state.createPairingCode);
  const dismissPairingCode = useAppStore((state) => state.dismissPairingCode);
  const [name, setName] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<AppError | null>(null);

  // Shown once: a code left on screen must not be there when the manager comes back.
  useEffect(() => dismissPairingCode, [dismissPairingCode]);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    const failure = await createPairingCode(name.trim());
    setBusy(false);
    setError(failure);
    if (failure === null) setName('');
  }

  const text = error === null ? null : errorText(error, store);
  return (
    <section className="settings__section pairing-code" aria-labelledby="new-pairing-code-heading">
      <h2 id="new-pairing-code-heading">{t('backendSettings.newCodeHeading')}</h2>
      {code === null ? (
        <form className="form" onSubmit={(event) => void submit(event)}>
          <TextField
            label={t('backendSettings.newCodeName')}
            name="newTerminalName"
            autoComplete="off"
            maxLength={60}
            required
            value={name}
            onChange={(event) => setName(event.target.value)}
          />
          <button className="button button--primary" type="submit" disabled={busy || name.trim() === ''}>
            {t('backendSettings.newCode')}
          </button>
        </form>
      ) : (
        <div className="pairing-code__shown" role="status">
          <p>{t('backendSettings.newCodeFor', { name: code.terminalName })}</p>
          <p className="pairing-code__value">{code.code}</p>
          <p>{t('backendSettings.newCodeExpires', { time: dateTime(code.expiresAt, store) })}</p>
          <button className="button" type="button" onClick={dismissPairingCode}>
            {t('backendSettings.done')}
          </button>
        </div>
      )}
      {text !== null && (
        <div className="message message--error" role="alert">
          <strong>{text.title}</strong> {text.nextStep}
        </div>
      )}
    </section>
  );
}
