/**
 * The renderer's only door to the host: one named function per terminal-API method, and `on` for
 * events, exposed through contextBridge. Bundled to one CommonJS file, as a sandboxed preload must be.
 */
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import {
  TERMINAL_API_GLOBAL,
  TERMINAL_EVENT_NAMES,
  ipcChannel,
  type EventPayload,
  type MethodInput,
  type MethodOutput,
  type Result,
  type TerminalApi,
  type TerminalEventName,
  type TerminalMethodName,
} from '../shared/terminal-api.js';

function invoke<K extends TerminalMethodName>(method: K) {
  return (input: MethodInput<K>): Promise<Result<MethodOutput<K>>> => ipcRenderer.invoke(ipcChannel(method), input);
}

const api = {
  getStatus: invoke('getStatus'),
  signIn: invoke('signIn'),
  signOut: invoke('signOut'),
  lookupCard: invoke('lookupCard'),
  redeem: invoke('redeem'),
  currentShift: invoke('currentShift'),
  closeShift: invoke('closeShift'),
  unlockEntry: invoke('unlockEntry'),
  verifyManager: invoke('verifyManager'),
  printerStatus: invoke('printerStatus'),
  printReceipt: invoke('printReceipt'),
  printBalanceSlip: invoke('printBalanceSlip'),
  reprintLast: invoke('reprintLast'),
  retryPrint: invoke('retryPrint'),
  testPrint: invoke('testPrint'),
  getSettings: invoke('getSettings'),
  saveSettings: invoke('saveSettings'),
  scannerSettings: invoke('scannerSettings'),
  saveScannerSettings: invoke('saveScannerSettings'),
  wedgeSettings: invoke('wedgeSettings'),
  printShiftReport: invoke('printShiftReport'),
  printVoidReceipt: invoke('printVoidReceipt'),
  printTransferReceipts: invoke('printTransferReceipts'),
  printStoreReport: invoke('printStoreReport'),
  voidRedemption: invoke('voidRedemption'),
  freezeCard: invoke('freezeCard'),
  unfreezeCard: invoke('unfreezeCard'),
  transferBalance: invoke('transferBalance'),
  shiftReport: invoke('shiftReport'),
  activityReport: invoke('activityReport'),
  activateCard: invoke('activateCard'),
  loadCard: invoke('loadCard'),
  refundToCard: invoke('refundToCard'),
  liabilityReport: invoke('liabilityReport'),
  saleSettings: invoke('saleSettings'),
  printSaleReceipt: invoke('printSaleReceipt'),
  securityOverview: invoke('securityOverview'),
  dismissSecurityAlert: invoke('dismissSecurityAlert'),
  liftDelay: invoke('liftDelay'),
  pairTerminal: invoke('pairTerminal'),
  backendSettings: invoke('backendSettings'),
  unpairTerminal: invoke('unpairTerminal'),
  createPairingCode: invoke('createPairingCode'),
  publishCustomerView: invoke('publishCustomerView'),
  customerView: invoke('customerView'),
  language: invoke('language'),
  saveLanguage: invoke('saveLanguage'),
  kioskSettings: invoke('kioskSettings'),
  saveKioskSettings: invoke('saveKioskSettings'),
  quitTerminal: invoke('quitTerminal'),
  on<E extends TerminalEventName>(event: E, listener: (payload: EventPayload<E>) => void) {
    // Only the contract's events: the renderer must not listen on any other channel.
    if (!TERMINAL_EVENT_NAMES.includes(event)) return () => undefined;
    const channel = ipcChannel(event);
    // The IPC event is dropped: it would hand the page a way to reach ipcRenderer itself.
    const forward = (_event: IpcRendererEvent, payload: EventPayload<E>) => listener(payload);
    ipcRenderer.on(channel, forward);
    return () => {
      ipcRenderer.removeListener(channel, forward);
    };
  },
} satisfies TerminalApi;

contextBridge.exposeInMainWorld(TERMINAL_API_GLOBAL, api);
