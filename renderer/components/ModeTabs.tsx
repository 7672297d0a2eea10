import type { KeyboardEvent } from 'react';
import { useAppStore } from '../store/store-context.js';
import type { FlowMode } from '../store/redeem-slice.js';
import { useT } from '../i18n/index.js';

const MODES: readonly FlowMode[] = ['redeem', 'balance'];

/** Redeem or only check a balance; arrow keys move between the two, as tabs do. */
export function ModeTabs() {
  const { t } = useT();
  const mode = useAppStore((state) => state.mode);
  const setMode = useAppStore((state) => state.setMode);

  function onKeyDown(event: KeyboardEvent) {
    if (event.key !== 'ArrowLeft' && event.key !== 'ArrowRight') return;
    event.preventDefault();
    setMode(mode === 'redeem' ? 'balance' : 'redeem');
  }

  return (
    <div className="mode-tabs" role="tablist" aria-label={t('redeem.modes.label')}>
      {MODES.map((entry) => (
        <button
          key={entry}
          type="button"
          role="tab"
          className="mode-tabs__tab"
          aria-selected={mode === entry}
          tabIndex={mode === entry ? 0 : -1}
          onClick={() => setMode(entry)}
          onKeyDown={onKeyDown}
        >
          {t(`redeem.modes.${entry}`)}
        </button>
      ))}
    </div>
  );
}
