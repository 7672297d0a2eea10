import { useEffect, useState, type FormEvent, type ReactNode } from 'react';
import type { AppError } from '../../../shared/error-codes.js';
import { useAppStore } from '../../store/store-context.js';
import { errorText } from '../../format/error-text.js';
import { ModalDialog } from '../ModalDialog.js';
import { ErrorMessage } from '../ErrorMessage.js';
import type { ManagerApproval } from '../../store/manager-slice.js';
import { useT } from '../../i18n/index.js';
import { TextField } from '../TextField.js';

interface ManagerApprovalDialogProps {
  title: string;
  submitLabel: string;
  /**
   * Why the manager approves; the backend records it with the activity. Without one, the dialog
   * asks for no reason (ending a code-entry lock needs none).
   */
  defaultReason?: string;
  /** Fields of the action itself, shown above the manager's ID and PIN. */
  children?: ReactNode;
  /** Runs the action; answers null when it was done, or the error to show. */
  onApprove: (approval: ManagerApproval) => Promise<AppError | null>;
  onClose: () => void;
}

/**
 * A manager approves an action at the counter with their ID and PIN, over the current screen.
 * Focus stays inside, Escape cancels, and the PIN is cleared after every try.
 */
export function ManagerApprovalDialog(props: ManagerApprovalDialogProps) {
  const store = useAppStore((state) => state.session?.store);
  const { t } = useT();
  const [managerId, setManagerId] = useState('');
  const [managerPin, setManagerPin] = useState('');
  const asksReason = props.defaultReason !== undefined;
  const [reason, setReason] = useState(props.defaultReason ?? '');
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<AppError | null>(null);
  const setApprovalOpen = useAppStore((state) => state.setApprovalOpen);
  useEffect(() => {
    setApprovalOpen(true);
    return () => setApprovalOpen(false);
  }, [setApprovalOpen]);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (pending) return;
    if (managerId.trim() === '' || !/^\d{4,8}$/.test(managerPin) || (asksReason && reason.trim() === '')) {
      setError({ code: 'manager_approval_required', message: 'manager id, PIN or reason missing' });
      return;
    }
    setPending(true);
    const failure = await props.onApprove({ managerId: managerId.trim(), managerPin, reason: reason.trim() });
    setPending(false);
    setManagerPin('');
    if (failure === null) props.onClose();
    else setError(failure);
  }

  const text = error === null ? null : errorText(error, store);
  return (
    <ModalDialog title={props.title} onClose={props.onClose}>
      <form className="form" onSubmit={(event) => void submit(event)}>
        {props.children}
        {asksReason && (
          <TextField
            label={t('managerApproval.reason')}
            autoComplete="off"
            value={reason}
            onChange={(e) => setReason(e.target.value)}
          />
        )}
        <TextField
          label={t('managerApproval.managerId')}
          autoFocus={props.children === undefined}
          autoComplete="off"
          inputMode="numeric"
          value={managerId}
          onChange={(event) => setManagerId(event.target.value)}
        />
        <TextField
          label={t('managerApproval.managerPin')}
          type="password"
          autoComplete="off"
          inputMode="numeric"
          value={managerPin}
          onChange={(event) => setManagerPin(event.target.value)}
        />
        {text !== null && <ErrorMessage text={text} />}
        <div className="actions">
          <button className="button button--primary" type="submit" disabled={pending}>
            {props.submitLabel}
          </button>
          <button className="button" type="button" onClick={props.onClose}>
            {t('backendSettings.cancel')}
          </button>
        </div>
      </form>
    </ModalDialog>
  );
}
