import type { KeyboardEvent } from 'react';
import { useAppStore } from '../store/store-context.js';
import type { FlowMode } from '../store/redeem-slice.js';

const MODES: ReadonlyArray<{ mode: FlowMode; label: string }> = [
  { mode: 'redeem', label: 'Redeem' },
  { mode: 'balance', label: 'Check balance' },
];

/** Redeem or only check a balance; arrow keys move between the two, as tabs do. */
export function ModeTabs() {
  const mode = useAppStore((state) => state.mode);
  const setMode = useAppStore((state) => state.setMode);

  function onKeyDown(event: KeyboardEvent) {
    if (event.key !== 'ArrowLeft' && event.key !== 'ArrowRight') return;
    event.preventDefault();
    setMode(mode === 'redeem' ? 'balance' : 'redeem');
  }

  return (
    <div className="mode-tabs" role="tablist" aria-label="What to do">
      {MODES.map((entry) => (
        <button
          key={entry.mode}
          type="button"
          role="tab"
          className="mode-tabs__tab"
          aria-selected={mode === entry.mode}
          tabIndex={mode === entry.mode ? 0 : -1}
          onClick={() => setMode(entry.mode)}
          onKeyDown={onKeyDown}
        >
          {entry.label}
        </button>
      ))}
    </div>
  );
}
