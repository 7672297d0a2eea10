import { useAppStore } from '../store/store-context.js';
import type { KeypadKey } from '../store/tender.js';
import { useT } from '../i18n/index.js';

type NamedKey = 'backspace' | 'clear';

/** Digits are named by themselves; the other keys by their catalog name. */
const digit = (key: KeypadKey) => ({ key, label: key, name: key });
const KEYS: ReadonlyArray<{ key: KeypadKey; label: string; name: string | NamedKey; named?: true }> = [
  ...(['7', '8', '9'] as const).map(digit),
  { key: 'backspace', label: '⌫', name: 'backspace', named: true },
  ...(['4', '5', '6'] as const).map(digit),
  { key: 'clear', label: 'C', name: 'clear', named: true },
  ...(['1', '2', '3', '00', '0'] as const).map(digit),
];

/**
 * An on-screen keypad for touch screens, cents first like the keyboard on the amount field (no
 * decimal point key: 1, 0, 0, 0 is 10.00). A tap
 * leaves focus in the amount field, so Enter still submits the amount instead of pressing a key again.
 */
export function Keypad() {
  const { t } = useT();
  const pressKeypad = useAppStore((state) => state.pressKeypad);
  return (
    <div className="keypad" role="group" aria-label={t('redeem.keypad.group')}>
      {KEYS.map((entry) => (
        <button
          key={entry.key}
          type="button"
          className={`button keypad__key keypad__key--${entry.key}`}
          aria-label={entry.named ? t(`redeem.keypad.${entry.name as NamedKey}`) : entry.name}
          onMouseDown={(event) => event.preventDefault()}
          onClick={() => pressKeypad(entry.key)}
        >
          {entry.label}
        </button>
      ))}
    </div>
  );
}
