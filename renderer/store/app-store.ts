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
    api.on('status', (status) => store.getState().applyStatus(status)),
    api.on('connection', (connection) => store.getState().setConnection(connection)),
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
