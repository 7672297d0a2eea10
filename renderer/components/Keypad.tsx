import { useAppStore } from '../store/store-context.js';
import type { KeypadKey } from '../store/tender.js';

const KEYS: ReadonlyArray<{ key: KeypadKey; label: string; name: string }> = [
  ...['7', '8', '9', '4', '5', '6', '1', '2', '3'].map((digit) => ({
    key: digit as KeypadKey,
    label: digit,
    name: digit,
  })),
  { key: '0', label: '0', name: '0' },
  { key: '00', label: '00', name: '00' },
  { key: '.', label: '.', name: 'Decimal point' },
  { key: 'backspace', label: '⌫', name: 'Backspace' },
  { key: 'clear', label: 'C', name: 'Clear' },
];

/**
 * An on-screen keypad for touch screens; the keyboard works on the amount field just as well. A tap
 * leaves focus in the amount field, so Enter still submits the amount instead of pressing a key again.
 */
export function Keypad() {
  const pressKeypad = useAppStore((state) => state.pressKeypad);
  return (
    <div className="keypad" role="group" aria-label="Keypad">
      {KEYS.map((entry) => (
        <button
          key={entry.key}
          type="button"
          className={`button keypad__key keypad__key--${entry.key === '.' ? 'point' : entry.key}`}
          aria-label={entry.name}
          onMouseDown={(event) => event.preventDefault()}
          onClick={() => pressKeypad(entry.key)}
        >
          {entry.label}
        </button>
      ))}
    </div>
  );
}
