/**
 * Where every scan lands, whatever read it (keyboard wedge, serial scanner through the host, or
 * the webcam): the one payload pipeline, then the code field and the lookup. A product barcode
 * gets "Not a gift card" and no backend call; the same card read twice within a second is one scan.
 */
import { createScanDeduper, parseScanPayload, type ScanDeduper, type ScanOptions } from '../../shared/scan-payload.js';
import type { EntryProblem, FlowStep } from '../store/redeem-slice.js';

/**
 * What the intake needs of the app store: its redeem flow's state and actions. A structural view,
 * so scanning does not import the store that wires the host's scans to it.
 */
export interface ScanTarget {
  getState(): {
    session: object | null;
    pending: boolean;
    step: FlowStep;
    nextCustomer(): void;
    enterCode(code: string): Promise<void>;
    rejectEntry(problem: EntryProblem): void;
  };
}

export type ScanOutcome = 'lookup' | 'check_failed' | 'not_gift_card' | 'dropped' | 'typed' | 'repeat' | 'not_now';

const dedupers = new WeakMap<ScanTarget, ScanDeduper>();

function deduperFor(store: ScanTarget): ScanDeduper {
  let deduper = dedupers.get(store);
  if (deduper === undefined) {
    deduper = createScanDeduper();
    dedupers.set(store, deduper);
  }
  return deduper;
}

/** Whether a scan may start a lookup now: a cashier is signed in and the screen waits for a code. */
export function acceptsScans(store: ScanTarget): boolean {
  const state = store.getState();
  return state.session !== null && !state.pending && (state.step === 'entry' || state.step === 'approved');
}

export function submitScan(
  store: ScanTarget,
  payload: string,
  nowMs: number = Date.now(),
  options: ScanOptions = {},
): ScanOutcome {
  if (!acceptsScans(store)) return 'not_now';
  const result = parseScanPayload(payload, options);
  // A scan on the approved screen starts the next customer, as the cashier would.
  if (store.getState().step === 'approved') store.getState().nextCustomer();
  if (result.kind === 'not_gift_card') {
    const symbology = result.reason === 'symbology' ? { symbology: result.symbology } : {};
    store.getState().rejectEntry({ kind: 'not_gift_card', ...symbology });
    return 'not_gift_card';
  }
  if (!deduperFor(store).accept(result.code, nowMs)) return 'repeat';
  void store.getState().enterCode(result.code);
  return result.kind === 'card' ? 'lookup' : 'check_failed';
}

/**
 * Keys held back from a control that takes no text and ended by Enter (or the scanner's suffix):
 * meant for the code field, whether a scanner too slow to be told from typing sent them or a
 * person typed them. A read that is a card is taken as a scan; anything else goes into the code
 * field as typed, so its check says what is wrong with it.
 */
export function submitKeyedEntry(store: ScanTarget, text: string, nowMs: number = Date.now()): ScanOutcome {
  if (!acceptsScans(store)) return 'not_now';
  if (parseScanPayload(text, { keyboard: true }).kind === 'card')
    return submitScan(store, text, nowMs, { keyboard: true });
  if (store.getState().step === 'approved') store.getState().nextCustomer();
  void store.getState().enterCode(text);
  return 'typed';
}

/** The host dropped a serial read too long for any barcode: the cashier learns why nothing happened. */
export function reportDroppedScan(store: ScanTarget, length: number): ScanOutcome {
  if (!acceptsScans(store)) return 'not_now';
  if (store.getState().step === 'approved') store.getState().nextCustomer();
  store.getState().rejectEntry({ kind: 'scan_dropped', length });
  return 'dropped';
}
