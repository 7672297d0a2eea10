/**
 * Puts the keyboard-wedge detector on the window while the redeem screen waits for a code. It
 * listens in the capture phase, before any control sees the key, so a scan leaks no characters
 * into the focused control; keys that turn out to be typing are handed back to that control.
 *
 * In the code field itself keys go straight in (typing there must feel instant): the detector
 * only watches, and a scan into the empty field is replaced by the clean code (no AIM id, no URL).
 * A burst that follows text already in the field is left as typed: a pause in someone's typing
 * must not cut their code in two.
 *
 * The Enter (or Tab, or suffix) that ends a burst held back from a control that takes no text (a
 * button, a tab) never reaches that control: the burst was meant for the code field, so it goes
 * there and is looked up even when it was too slow or too short to be told from typing.
 */
import { useEffect, useRef } from 'react';
import { useStore } from 'zustand';
import type { AppStore } from '../store/app-store.js';
import { wedgeOptionsOf } from './wedge-config.js';
import { submitKeyedEntry, submitScan } from './scan-intake.js';
import { createWedgeDetector, type WedgeAction, type WedgeOptions } from './wedge-detector.js';

/** The `name` of the card code input in CodeEntry. */
const CODE_FIELD_NAME = 'cardCode';

export function useKeyboardWedge(store: AppStore, enabled: boolean, options: Partial<WedgeOptions> = {}): void {
  // The terminal's saved settings (Settings → Scanner), then what the caller sets.
  const saved = useStore(store, (state) => state.wedgeOptions);
  useEffect(() => {
    if (enabled && saved === null) void store.getState().loadWedgeOptions();
  }, [store, enabled, saved]);
  const optionsKey = JSON.stringify({ ...(saved === null ? {} : wedgeOptionsOf(saved)), ...options });
  const latestOptions = useRef(optionsKey);
  useEffect(() => {
    latestOptions.current = optionsKey;
  }, [optionsKey]);
  useEffect(() => {
    if (!enabled) return;
    let detectorOptions = latestOptions.current;
    let detector = createWedgeDetector(JSON.parse(detectorOptions) as Partial<WedgeOptions>);
    let idleTimer: ReturnType<typeof setTimeout> | undefined;
    /** The burst being held began in the code field, so its keys already reached it. */
    let passiveBurst = false;
    /** The held burst continues text already in the code field: it is typing, whatever its speed. */
    let continuesText = false;

    /** `keyed`: the actions end a held burst by its end-of-read key, with no text field focused. */
    function run(actions: WedgeAction[], keyed = false): void {
      for (const action of actions) {
        if (action.kind === 'scan' && !continuesText) submitScan(store, action.payload, Date.now(), { keyboard: true });
        else if (action.kind === 'release' && !passiveBurst)
          if (keyed) keyedIntoCodeField(action.text);
          else insertIntoFocused(action.text);
      }
    }

    function keyedIntoCodeField(text: string): void {
      // A scanner's prefix is no part of the code, whether or not its timing gave it away.
      const { prefix = '' } = JSON.parse(detectorOptions) as Partial<WedgeOptions>;
      submitKeyedEntry(store, prefix !== '' && text.startsWith(prefix) ? text.slice(prefix.length) : text);
      document.querySelector<HTMLInputElement>(`input[name="${CODE_FIELD_NAME}"]`)?.focus();
    }

    function onKeyDown(event: KeyboardEvent): void {
      // Space on a button presses it; inside a burst (a code printed with spaces) it is part of the read.
      if (event.isComposing || (event.key === ' ' && !isEditable(document.activeElement) && !detector.holding()))
        return;
      clearTimeout(idleTimer);
      // Settings that arrive (loaded after sign-in, or saved) apply between reads, never in the
      // middle of one: swapping the detector mid-burst would drop the keys it holds.
      if (!detector.holding() && detectorOptions !== latestOptions.current) {
        detectorOptions = latestOptions.current;
        detector = createWedgeDetector(JSON.parse(detectorOptions) as Partial<WedgeOptions>);
      }
      const decision = detector.onKey({
        key: event.key,
        timeMs: event.timeStamp,
        ctrlKey: event.ctrlKey,
        altKey: event.altKey,
        metaKey: event.metaKey,
      });
      // The previous burst ends with the flags it began with; a new one looks at the field now.
      const keyedEntry = decision.endsBurst === true && !passiveBurst && !isEditable(document.activeElement);
      run(decision.actions, keyedEntry);
      if (decision.startsBurst) {
        const focused = document.activeElement;
        passiveBurst = isCodeField(focused);
        continuesText = passiveBurst && (focused as HTMLInputElement).value !== '';
      }
      const scanned = !continuesText && decision.actions.some((action) => action.kind === 'scan');
      if ((decision.consume && (scanned || !passiveBurst)) || keyedEntry) {
        event.preventDefault();
        event.stopPropagation();
      }
      if (detector.holding())
        idleTimer = setTimeout(() => run(detector.onIdle(performance.now())), detector.idleAfterMs());
    }

    window.addEventListener('keydown', onKeyDown, true);
    return () => {
      window.removeEventListener('keydown', onKeyDown, true);
      clearTimeout(idleTimer);
      // Whatever was held back when the screen changes belongs to the control that had focus.
      run(detector.onIdle(performance.now()));
    };
  }, [store, enabled]);
}

function isCodeField(element: Element | null): boolean {
  return element instanceof HTMLInputElement && element.name === CODE_FIELD_NAME;
}

function isEditable(element: Element | null): element is HTMLInputElement | HTMLTextAreaElement {
  if (element instanceof HTMLTextAreaElement) return !element.readOnly;
  if (!(element instanceof HTMLInputElement)) return false;
  return !element.readOnly && ['text', 'search', 'password', 'tel', 'number', 'email', ''].includes(element.type);
}

/** Types text into the focused field as the keyboard would have, so React sees an ordinary input. */
function insertIntoFocused(text: string): void {
  const target = document.activeElement;
  if (text === '' || !isEditable(target)) return;
  // execCommand is the one way to insert text that fires the same input events as typing and
  // keeps the field's undo history; it is deprecated but supported by every Chromium.
  if (document.execCommand('insertText', false, text)) return;
  target.setRangeText(
    text,
    target.selectionStart ?? target.value.length,
    target.selectionEnd ?? target.value.length,
    'end',
  );
  target.dispatchEvent(new Event('input', { bubbles: true }));
}
