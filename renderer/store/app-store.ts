/**
 * One store made of typed slices (session, redeem flow, connection). A store is made per terminal
 * API, so every component test starts from a fresh store with its own fake API.
 */
import { createStore, type StoreApi } from 'zustand/vanilla';
import type { TerminalApi } from '../../shared/terminal-api.js';
import { createConnectionSlice, initialConnectionState, type ConnectionSlice } from './connection-slice.js';
import { createRedeemSlice, type RedeemSlice } from './redeem-slice.js';
import { createSaleSlice, type SaleSlice } from './sale-slice.js';
import { createPrinterSlice, initialPrinterState, type PrinterSlice } from './printer-slice.js';
import { reportDroppedScan, submitScan } from '../scanning/scan-intake.js';
import { createSessionSlice, initialSessionState, type SessionSlice } from './session-slice.js';
import { createShiftSlice, initialShiftState, type ShiftSlice } from './shift-slice.js';
import { createManagerSlice, initialManagerState, type ManagerSlice } from './manager-slice.js';
import { createSettingsSlice, initialSettingsState, type SettingsSlice } from './settings-slice.js';
import { createLanguageSlice, type LanguageSlice } from './language-slice.js';
import { createKioskSlice, initialKioskState, type KioskSlice } from './kiosk-slice.js';
import { createSecuritySlice, initialSecurityState, type SecuritySlice } from './security-slice.js';
import { createPairingSlice, initialPairingState, type PairingSlice } from './pairing-slice.js';
import {
  createScannerSettingsSlice,
  initialScannerSettingsState,
  type ScannerSettingsSlice,
} from './scanner-settings-slice.js';

export type AppState = PairingSlice &
  SessionSlice &
  RedeemSlice &
  SaleSlice &
  ConnectionSlice &
  PrinterSlice &
  ShiftSlice &
  ManagerSlice &
  SettingsSlice &
  LanguageSlice &
  KioskSlice &
  ScannerSettingsSlice &
  SecuritySlice;
export type AppStore = StoreApi<AppState>;

export function createAppStore(api: TerminalApi): AppStore {
  return createStore<AppState>()((...args) => ({
    ...createSessionSlice(api)(...args),
    ...createRedeemSlice(api)(...args),
    ...createSaleSlice(api)(...args),
    ...createConnectionSlice(api)(...args),
    ...createPrinterSlice(api)(...args),
    ...createShiftSlice(api)(...args),
    ...createManagerSlice(api)(...args),
    ...createSettingsSlice(api)(...args),
    ...createLanguageSlice(api)(...args),
    ...createKioskSlice(api)(...args),
    ...createPairingSlice(api)(...args),
    ...createScannerSettingsSlice(api)(...args),
    ...createSecuritySlice(api)(...args),
  }));
}

/** Back to the state of a freshly started terminal. */
export function resetAppStore(store: AppStore): void {
  store.getState().resetFlow();
  store.setState({
    saleSettings: null,
    ...initialSessionState,
    ...initialConnectionState,
    ...initialPrinterState,
    ...initialShiftState,
    ...initialManagerState,
    ...initialSettingsState,
    ...initialPairingState,
    ...initialScannerSettingsState,
    ...initialKioskState,
    ...initialSecurityState,
  });
}

/** Keeps the store in step with what the host pushes; returns a function that stops listening. */
export function connectStoreToHost(store: AppStore, api: TerminalApi): () => void {
  const stops = [
    api.on('printer', (status) => store.getState().applyPrinterStatus(status)),
    api.on('status', (status) => {
      // In browser mode the first ask may come before the host answers: ask again once it does.
      if (!store.getState().languageLoaded) void store.getState().loadLanguage();
      const settled = status.pendingCount < store.getState().pendingCount;
      store.getState().applyStatus(status);
      if (settled || status.connection === 'online') checkUnknownOutcome(store);
    }),
    api.on('outcome', (outcome) => {
      // Only the redemption on screen: an earlier one settling shows in the status bar instead.
      if (outcome.tenderId === store.getState().tenderId) store.setState({ checking: outcome.state === 'checking' });
    }),
    api.on('connection', (connection) => {
      store.getState().setConnection(connection);
      if (connection === 'online') checkUnknownOutcome(store);
    }),
    // Serial scanners reach the renderer through the host; the wedge and camera call submitScan directly.
    api.on('scan', (scan) =>
      scan.dropped ? reportDroppedScan(store, scan.dropped.length) : submitScan(store, scan.payload),
    ),
  ];
  void store.getState().refreshStatus();
  void store.getState().loadLanguage();
  void store.getState().refreshPrinter();
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
