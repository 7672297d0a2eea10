import { useId, type KeyboardEvent, type ReactNode } from 'react';
import { createPortal } from 'react-dom';
import { trapTab } from './focus-trap.js';

interface ModalDialogProps {
  title: string;
  onClose: () => void;
  /** Room for a list with a button on each line, instead of a form's width. */
  wide?: boolean;
  children: ReactNode;
}

/**
 * A modal dialog over the current screen, named by its title: Tab stays inside, and Escape closes
 * the dialog only, not the step behind it (nothing else sees the key). It is drawn at the end of
 * the page, so it takes none of the colours or type of where it was opened (the status bar).
 */
export function ModalDialog({ title, onClose, wide = false, children }: ModalDialogProps) {
  const headingId = useId();
  function onKeyDown(event: KeyboardEvent<HTMLDivElement>) {
    trapTab(event);
    if (event.key !== 'Escape') return;
    event.preventDefault();
    event.nativeEvent.preventDefault();
    event.stopPropagation();
    onClose();
  }
  return createPortal(
    <div className="dialog-backdrop">
      <div
        className={wide ? 'dialog dialog--wide' : 'dialog'}
        role="dialog"
        aria-modal="true"
        aria-labelledby={headingId}
        onKeyDown={onKeyDown}
      >
        <h2 id={headingId}>{title}</h2>
        {children}
      </div>
    </div>,
    document.body,
  );
}
