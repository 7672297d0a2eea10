import { useState, type FormEvent, type KeyboardEvent } from 'react';
import type { AppError } from '../../shared/error-codes.js';
import { useAppStore } from '../store/store-context.js';
import { errorText } from '../format/error-text.js';
import { trapTab } from './focus-trap.js';

/** A manager ends a code-entry lock with their ID and PIN; the PIN is cleared after every try. */
export function ManagerUnlockDialog({ onClose }: { onClose: () => void }) {
  const unlockEntry = useAppStore((state) => state.unlockEntry);
  const store = useAppStore((state) => state.session?.store);
  const [managerId, setManagerId] = useState('');
  const [managerPin, setManagerPin] = useState('');
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<AppError | null>(null);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (pending) return;
    if (managerId.trim() === '' || !/^\d{4,8}$/.test(managerPin)) {
      setError({ code: 'manager_approval_required', message: 'manager id or PIN missing' });
      return;
    }
    setPending(true);
    const failure = await unlockEntry(managerId.trim(), managerPin);
    setPending(false);
    setManagerPin('');
    if (failure === null) onClose();
    else setError(failure);
  }

  function onKeyDown(event: KeyboardEvent<HTMLDivElement>) {
    trapTab(event);
    if (event.key !== 'Escape') return;
    // Escape closes the dialog only, not the error screen behind it.
    event.preventDefault();
    event.nativeEvent.preventDefault();
    onClose();
  }

  const text = error === null ? null : errorText(error, store);
  return (
    <div className="dialog-backdrop">
      <div className="dialog" role="dialog" aria-modal="true" aria-labelledby="unlock-heading" onKeyDown={onKeyDown}>
        <h2 id="unlock-heading">Manager unlock</h2>
        <form className="form" onSubmit={(event) => void submit(event)}>
          <label className="field">
            <span className="field__label">Manager ID</span>
            <input
              className="field__input"
              autoFocus
              autoComplete="off"
              inputMode="numeric"
              value={managerId}
              onChange={(event) => setManagerId(event.target.value)}
            />
          </label>
          <label className="field">
            <span className="field__label">Manager PIN</span>
            <input
              className="field__input"
              type="password"
              autoComplete="off"
              inputMode="numeric"
              value={managerPin}
              onChange={(event) => setManagerPin(event.target.value)}
            />
          </label>
          {text !== null && (
            <div className="message message--error" role="alert">
              <strong>{text.title}</strong> {text.nextStep}
            </div>
          )}
          <div className="actions">
            <button className="button button--primary" type="submit" disabled={pending}>
              Unlock
            </button>
            <button className="button" type="button" onClick={onClose}>
              Cancel
            </button>
          </div>
        </form>
      </div>
    </div>
  );
}
