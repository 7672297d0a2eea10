/**
 * Where every scan lands, whatever read it (keyboard wedge, serial scanner through the host, or
 * the webcam): the one payload pipeline, then the code field and the lookup. A product barcode
 * gets "Not a gift card" and no backend call; the same card read twice within a second is one scan.
 */
import { createScanDeduper, parseScanPayload, type ScanDeduper } from '../../shared/scan-payload.js';
import type { AppStore } from '../store/app-store.js';

export type ScanOutcome = 'lookup' | 'check_failed' | 'not_gift_card' | 'repeat' | 'not_now';

const dedupers = new WeakMap<AppStore, ScanDeduper>();

function deduperFor(store: AppStore): ScanDeduper {
  let deduper = dedupers.get(store);
  if (deduper === undefined) {
    deduper = createScanDeduper();
    dedupers.set(store, deduper);
  }
  return deduper;
}

/** Whether a scan may start a lookup now: a cashier is signed in and the screen waits for a code. */
export function acceptsScans(store: AppStore): boolean {
  const state = store.getState();
  return state.session !== null && !state.pending && (state.step === 'entry' || state.step === 'approved');
}

export function submitScan(store: AppStore, payload: string, nowMs: number = Date.now()): ScanOutcome {
  if (!acceptsScans(store)) return 'not_now';
  const result = parseScanPayload(payload);
  // A scan on the approved screen starts the next customer, as the cashier would.
  if (store.getState().step === 'approved') store.getState().nextCustomer();
  if (result.kind === 'not_gift_card') {
    store.setState({ codeInput: '', entryProblem: { kind: 'not_gift_card' } });
    return 'not_gift_card';
  }
  if (!deduperFor(store).accept(result.code, nowMs)) return 'repeat';
  store.getState().setCodeInput(result.code);
  void store.getState().submitCode();
  return result.kind === 'card' ? 'lookup' : 'check_failed';
}
