/**
 * One store made of typed slices (session, redeem flow, connection). A store is made per terminal
 * API, so every component test starts from a fresh store with its own fake API.
 */
import { createStore, type StoreApi } from 'zustand/vanilla';
import type { TerminalApi } from '../../shared/terminal-api.js';
import { createConnectionSlice, initialConnectionState, type ConnectionSlice } from './connection-slice.js';
import { createRedeemSlice, type RedeemSlice } from './redeem-slice.js';
import { createSessionSlice, initialSessionState, type SessionSlice } from './session-slice.js';

export type AppState = SessionSlice & RedeemSlice & ConnectionSlice;
export type AppStore = StoreApi<AppState>;

export function createAppStore(api: TerminalApi): AppStore {
  return createStore<AppState>()((...args) => ({
    ...createSessionSlice(api)(...args),
    ...createRedeemSlice(api)(...args),
    ...createConnectionSlice(api)(...args),
  }));
}

/** Back to the state of a freshly started terminal. */
export function resetAppStore(store: AppStore): void {
  store.getState().resetFlow();
  store.setState({ ...initialSessionState, ...initialConnectionState });
}

/** Keeps the store in step with what the host pushes; returns a function that stops listening. */
export function connectStoreToHost(store: AppStore, api: TerminalApi): () => void {
  const stops = [
    api.on('status', (status) => {
      const settled = status.pendingCount < store.getState().pendingCount;
      store.getState().applyStatus(status);
      if (settled || status.connection === 'online') checkUnknownOutcome(store);
    }),
    api.on('connection', (connection) => {
      store.getState().setConnection(connection);
      if (connection === 'online') checkUnknownOutcome(store);
    }),
    api.on('scan', (scan) => {
      const state = store.getState();
      if (state.session === null || state.step !== 'entry' || state.pending) return;
      state.setCodeInput(scan.payload);
      void state.submitCode();
    }),
  ];
  void store.getState().refreshStatus();
  return () => stops.forEach((stop) => stop());
}

/**
 * While the screen says "outcome unknown", ask again as soon as the host is back online or has
 * settled an outcome, so the cashier learns the answer without pressing Check again.
 */
function checkUnknownOutcome(store: AppStore): void {
  const state = store.getState();
  if (state.step === 'error' && state.flowError?.error.code === 'outcome_unknown' && !state.pending) {
    void state.retry();
  }
}
