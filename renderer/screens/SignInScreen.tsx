import { useState, type FormEvent } from 'react';
import { useAppStore } from '../store/store-context.js';
import { errorText } from '../format/error-text.js';
import { ErrorMessage } from '../components/ErrorMessage.js';
import { useT } from '../i18n/index.js';
import type { AppError } from '../../shared/error-codes.js';
import { TextField } from '../components/TextField.js';

export function SignInScreen() {
  const { t } = useT();
  const signIn = useAppStore((state) => state.signIn);
  const pending = useAppStore((state) => state.signInPending);
  const error = useAppStore((state) => state.signInError);
  const configured = useAppStore((state) => state.configured);
  const [cashierId, setCashierId] = useState('');
  const [pin, setPin] = useState('');

  function submit(event: FormEvent) {
    event.preventDefault();
    void signIn(cashierId, pin).then(() => setPin(''));
  }

  const shown: AppError | null = configured
    ? error
    : { code: 'terminal_not_configured', message: 'the host has no terminal key' };
  const text = shown === null ? null : errorText(shown, undefined);
  return (
    <section className="panel sign-in" aria-labelledby="sign-in-heading">
      <h1 id="sign-in-heading">{t('signIn.heading')}</h1>
      <form className="form" onSubmit={submit}>
        <TextField
          label={t('signIn.cashierId')}
          name="cashierId"
          autoComplete="off"
          inputMode="numeric"
          autoFocus
          value={cashierId}
          onChange={(event) => setCashierId(event.target.value)}
        />
        <TextField
          label={t('signIn.pin')}
          name="pin"
          type="password"
          autoComplete="off"
          inputMode="numeric"
          value={pin}
          onChange={(event) => setPin(event.target.value)}
        />
        {text !== null && <ErrorMessage text={text} />}
        <button className="button button--primary" type="submit" disabled={pending}>
          {t('signIn.submit')}
        </button>
      </form>
    </section>
  );
}
