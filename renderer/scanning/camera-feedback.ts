import { t } from '../i18n/index.js';

/** What the cashier hears when the camera reads a code: a short beep, made without a sound file. */
export function beep(durationMs = 120, frequencyHz = 1_760): void {
  const AudioContextClass = window.AudioContext as typeof AudioContext | undefined;
  if (AudioContextClass === undefined) return;
  try {
    const context = new AudioContextClass();
    const oscillator = context.createOscillator();
    const gain = context.createGain();
    oscillator.frequency.value = frequencyHz;
    gain.gain.value = 0.15;
    oscillator.connect(gain).connect(context.destination);
    oscillator.start();
    oscillator.stop(context.currentTime + durationMs / 1_000);
    oscillator.onended = () => void context.close();
  } catch {
    // A terminal without audio output still shows the flash.
  }
}

/** Why the camera cannot start, in words a cashier can act on. */
export function cameraProblemText(error: unknown): string {
  const name = error instanceof DOMException || error instanceof Error ? error.name : '';
  if (name === 'NotAllowedError' || name === 'SecurityError') return t('scanning.problems.refused');
  if (name === 'NotFoundError' || name === 'OverconstrainedError' || name === 'NoCamera')
    return t('scanning.problems.none');
  if (name === 'NotReadableError') return t('scanning.problems.inUse');
  return t('scanning.problems.failed');
}

/** A brief green flash around the screen: seen even when the panel closes at once. */
export function flashScreen(durationMs = 350): void {
  document.body.classList.add('scan-flash');
  setTimeout(() => document.body.classList.remove('scan-flash'), durationMs);
}
