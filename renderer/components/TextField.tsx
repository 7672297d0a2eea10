import type { ComponentProps } from 'react';

/**
 * One labelled text input, the way every form on the till lays one out: the label above the
 * field, the whole label a touch target, and the input named by it for screen readers and tests.
 */
export function TextField({
  label,
  inputClassName,
  ...input
}: { label: string; inputClassName?: string } & Omit<ComponentProps<'input'>, 'className'>) {
  return (
    <label className="field">
      <span className="field__label">{label}</span>
      <input className={inputClassName ? `field__input ${inputClassName}` : 'field__input'} {...input} />
    </label>
  );
}
