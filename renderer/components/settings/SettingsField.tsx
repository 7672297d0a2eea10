import { useId, type ReactNode } from 'react';
import { useT } from '../../i18n/index.js';

/** A labelled field with its validation message and, when the environment decides it, a note saying so. */
export function SettingsField(props: {
  label: string;
  error: string | undefined;
  overridden?: string | null;
  children: (ids: { inputId: string; describedBy: string | undefined; invalid: boolean }) => ReactNode;
}) {
  const { t } = useT();
  const inputId = useId();
  const errorId = `${inputId}-error`;
  const noteId = `${inputId}-note`;
  const describedBy = [props.error ? errorId : null, props.overridden ? noteId : null].filter(Boolean).join(' ');
  return (
    <div className="field">
      <label className="field__label" htmlFor={inputId}>
        {props.label}
      </label>
      {props.children({ inputId, describedBy: describedBy || undefined, invalid: props.error !== undefined })}
      {props.error !== undefined && (
        <span id={errorId} className="field__error">
          {props.error}
        </span>
      )}
      {props.overridden && (
        <span id={noteId} className="field__note">
          {t('settingsScreen.overridden', { name: props.overridden })}
        </span>
      )}
    </div>
  );
}
