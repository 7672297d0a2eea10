import type { KeyboardEvent } from 'react';
import { useAppStore } from '../store/store-context.js';
import type { FlowMode } from '../store/redeem-slice.js';
import { useT } from '../i18n/index.js';
import { FUNCTION_KEYS, KeyHint } from './function-keys.js';

const MODES: readonly FlowMode[] = ['redeem', 'balance', 'sell', 'refund'];

/** Redeem, only check a balance, sell a card or refund to one; arrow keys move between them, as tabs do. */
export function ModeTabs() {
  const { t } = useT();
  const mode = useAppStore((state) => state.mode);
  const setMode = useAppStore((state) => state.setMode);

  function onKeyDown(event: KeyboardEvent) {
    if (event.key !== 'ArrowLeft' && event.key !== 'ArrowRight') return;
    event.preventDefault();
    const step = event.key === 'ArrowRight' ? 1 : MODES.length - 1;
    setMode(MODES[(MODES.indexOf(mode) + step) % MODES.length] ?? 'redeem');
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
          aria-keyshortcuts={entry === 'sell' ? FUNCTION_KEYS.sellCard : undefined}
        >
          {t(`redeem.modes.${entry}`)}
          {entry === 'sell' && <KeyHint shortcut={FUNCTION_KEYS.sellCard} />}
        </button>
      ))}
    </div>
  );
}
