import { useAppStore } from '../store/store-context.js';
import type { KeypadKey } from '../store/tender.js';
import { useT } from '../i18n/index.js';

type NamedKey = 'decimalPoint' | 'backspace' | 'clear';

/** Digits are named by themselves; the other keys by their catalog name. */
const KEYS: ReadonlyArray<{ key: KeypadKey; label: string; name: string | NamedKey; named?: true }> = [
  ...['7', '8', '9', '4', '5', '6', '1', '2', '3', '0', '00'].map((digit) => ({
    key: digit as KeypadKey,
    label: digit,
    name: digit,
  })),
  { key: '.', label: '.', name: 'decimalPoint', named: true },
  { key: 'backspace', label: '⌫', name: 'backspace', named: true },
  { key: 'clear', label: 'C', name: 'clear', named: true },
];

/**
 * An on-screen keypad for touch screens; the keyboard works on the amount field just as well. A tap
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
          className={`button keypad__key keypad__key--${entry.key === '.' ? 'point' : entry.key}`}
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
