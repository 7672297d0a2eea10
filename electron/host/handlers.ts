/**
 * The terminal host: wires every method of the terminal API, implemented once for both adapters
 * (Electron IPC and the browser-mode WebSocket). It holds what the renderer must never see —
 * the terminal key, the session token, idempotency keys — and it never throws: every method
 * answers with a Result. The methods live in their own factories (session/, counter/, shift/,
 * sales/, manager/, settings/, pairing/, printing/, scanner/, customer/); this file only connects
 * them to the outbox, the recovery, the connection monitor and the status events.
 */
import { ok, type TerminalApi, type TerminalStatus } from '../../shared/terminal-api.js';
import { createBackendClient, type BackendClient, type FetchFunction } from './backend-client.js';
import { loadTerminalConfig, type TerminalConfig, type TerminalEnv } from './config.js';
import { startConnectionMonitor } from './connection-monitor.js';
import { createHostEvents } from './events.js';
import { guardAll } from './guard-methods.js';
import { createTerminalLogger, type TerminalLogger } from './logger.js';
import { openOutbox } from './tenders/outbox.js';
import { createRecovery, outcomeOf, type RecoveryTimers } from './tenders/recovery.js';
import { createRedeemFlow, type RedeemFlow } from './tenders/redeem-flow.js';
import { createLivePrinting } from './settings/live-printing.js';
import { createSettingsMethods } from './settings/settings-methods.js';
import { createLanguageMethods, readLanguage } from './settings/language-methods.js';
import { DEFAULT_LANGUAGE } from '../../shared/language.js';
import type { AutostartControl } from './settings/autostart-control.js';
import { createKioskMethods, keepAutostartCurrent } from './settings/kiosk-methods.js';
import type { SystemPrint } from './printing/printer-transport.js';
import { createManagerMethods } from './manager/manager-methods.js';
import { ensurePrivateFolder } from './private-files.js';
import { createSaleMethods } from './sales/sale-methods.js';
import { createCounterMethods } from './counter/counter-methods.js';
import { createBackendSession } from './session/backend-session.js';
import { createSessionMethods } from './session/session-methods.js';
import { createShiftMethods } from './shift/shift-methods.js';
import { createSecurityMethods } from './manager/security-methods.js';
import { withManagerReceipts } from './printing/manager-receipts.js';
import { createLiveScanner } from './scanner/live-scanner.js';
import { createScannerSettingsMethods } from './scanner/scanner-settings-methods.js';
import { createCustomerDisplayMethods } from './customer/customer-display-methods.js';
import { openPairing } from './pairing/open-pairing.js';
import type { KeyCipher } from './pairing/key-cipher.js';
import { createPairingMethods } from './pairing/pairing-methods.js';
import { followingClient } from './pairing/following-client.js';
import { TERMINAL_VERSION } from './version.js';

export interface TerminalHostOptions {
  terminalDir: string;
  env: TerminalEnv;
  clock?: { now(): Date };
  fetch?: FetchFunction;
  logger?: TerminalLogger;
  probeIntervalMs?: number;
  redeemTimeoutMs?: number;
  timeoutMs?: number;
  /** Silent printing on the system printer; Electron's main process provides it. */
  systemPrint?: SystemPrint;
  /** Ends the app (a manager's Quit, the way out of kiosk mode); Electron's main process provides it. */
  quit?: () => void;
  /** Encrypts the paired terminal key at rest; Electron's main process builds it on safeStorage. */
  keyCipher?: KeyCipher;
  /** Registers the app to start at login; Electron's main process provides it for the installed app. */
  autostart?: AutostartControl;
  /** Timers of the recovery's back-off: tests pass fake ones. */
  recoveryTimers?: RecoveryTimers;
  recoveryFirstDelayMs?: number;
}

export interface TerminalHost extends TerminalApi {
  readonly config: TerminalConfig;
  readonly logger: TerminalLogger;
  close(): Promise<void>;
}

export async function createTerminalHost(options: TerminalHostOptions): Promise<TerminalHost> {
  const now = () => options.clock?.now() ?? new Date();
  // Tightened before anything is read or written: an older install may have left it open.
  await ensurePrivateFolder(options.terminalDir);
  const logger = options.logger ?? createTerminalLogger(options.terminalDir);
  const config = await loadTerminalConfig(options.terminalDir, options.env);
  if (config.problem) logger.warn({ problem: config.problem }, 'terminal configuration problem');
  const outbox = await openOutbox(options.terminalDir, now);
  const events = createHostEvents((error) => logger.warn({ err: (error as Error).message }, 'event listener failed'));
  const pairing = await openPairing({ ...options, config });
  // The terminal's language (Settings → Language): receipts, printer messages and the customer
  // display's first view speak it; a save changes it at once.
  let language = await readLanguage(options.terminalDir).catch(() => DEFAULT_LANGUAGE);
  const connectBackend = (): BackendClient | null => {
    const terminalKey = pairing.key();
    if (terminalKey === null) return null;
    return createBackendClient({
      backendUrl: pairing.backendUrl(),
      terminalKey,
      ...(options.fetch ? { fetch: options.fetch } : {}),
      ...(options.redeemTimeoutMs ? { redeemTimeoutMs: options.redeemTimeoutMs } : {}),
      ...(options.timeoutMs ? { timeoutMs: options.timeoutMs } : {}),
    });
  };
  // The client is replaced when the terminal is paired, re-paired or unpaired while running.
  const session = createBackendSession({
    config,
    client: connectBackend(),
    logger,
    onReachability: (reachable) => (reachable ? monitor.report('online') : void monitor.probeNow()),
    onSessionChange: () => emitStatus(),
  });
  const sessionView = () => session.view();
  const livePrinting = await createLivePrinting({
    terminalDir: options.terminalDir,
    env: options.env,
    logger,
    onStatus: (printerStatus) => events.emit('printer', printerStatus),
    session: sessionView,
    lookupCard: (code) => methods.lookupCard({ code }),
    now,
    language: () => language,
    ...(options.systemPrint ? { systemPrint: options.systemPrint } : {}),
  });
  const printing = livePrinting.printing;
  // The flow and the recovery need each other: the flow asks to settle, the recovery must not ask
  // about a key whose request is still on the wire.
  const flowRef: { current?: RedeemFlow } = {};
  const recovery = createRecovery({
    outbox,
    logger,
    client: followingClient(() => session.client()),
    now,
    isInFlight: (tenderId) => flowRef.current?.isInFlight(tenderId) ?? false,
    onOutcome: (outcome) => {
      events.emit('outcome', outcome);
      emitStatus();
    },
    ...(options.recoveryTimers ? { timers: options.recoveryTimers } : {}),
    ...(options.recoveryFirstDelayMs ? { firstDelayMs: options.recoveryFirstDelayMs } : {}),
  });
  const flow = createRedeemFlow(outbox, logger, recovery);
  flowRef.current = flow;

  const pendingOutcomes = () =>
    outbox
      .pending()
      .filter((entry) => !flow.isInFlight(entry.tenderId))
      .map((entry) => outcomeOf(entry, recovery.checking(entry.tenderId) ? 'checking' : 'unknown'));

  const status = (): TerminalStatus => ({
    configured: session.client() !== null,
    backendUrl: pairing.backendUrl(),
    connection: monitor.state,
    session: session.view(),
    pendingCount: flow.pendingCount(),
    version: TERMINAL_VERSION,
    outcomes: { pending: pendingOutcomes(), resolved: recovery.resolved() },
    scanner: scanner.state,
  });
  const emitStatus = () => events.emit('status', status());
  const scanner = createLiveScanner({
    terminalDir: options.terminalDir,
    env: options.env,
    settings: config.scanner,
    logger,
    now,
    emitScan: (scan) => events.emit('scan', scan),
    onStateChange: emitStatus,
  });

  const monitor = startConnectionMonitor({
    probe: async () => {
      const client = session.client();
      return client ? (await client.health()).ok : false;
    },
    onChange: (state) => {
      logger.info({ connection: state }, 'backend connection changed');
      events.emit('connection', state);
      emitStatus();
      // Back online: settle what is pending now rather than at the next back-off step.
      if (state === 'online' && flow.pendingCount() > 0) void recovery.resolveAll();
    },
    ...(options.probeIntervalMs ? { intervalMs: options.probeIntervalMs } : {}),
  });

  const methods: TerminalApi = {
    getStatus: async () => ok(status()),
    ...createSessionMethods(session, logger),
    ...createCounterMethods({ session, flow, printing, onPendingChange: emitStatus }),
    ...createShiftMethods({
      session,
      outbox,
      printing,
      logger,
      pendingCount: () => flow.pendingCount(),
      pendingOutcomes,
    }),
    ...printing.methods,
    ...createSettingsMethods({
      terminalDir: options.terminalDir,
      env: options.env,
      session: sessionView,
      applyPrinterSettings: livePrinting.reload,
    }),
    ...createScannerSettingsMethods({
      terminalDir: options.terminalDir,
      env: options.env,
      session: sessionView,
      reopenScanner: () => scanner.reload(),
    }),
    ...createLanguageMethods({
      terminalDir: options.terminalDir,
      session: sessionView,
      onSaved: (saved) => {
        language = saved;
        // The printer's message follows the language at once.
        events.emit('printer', printing.service.status());
      },
    }),
    ...createKioskMethods({
      terminalDir: options.terminalDir,
      session: sessionView,
      activeNow: config.kiosk,
      ...(options.quit ? { quit: options.quit } : {}),
      ...(options.autostart ? { autostart: options.autostart } : {}),
    }),
    ...createPairingMethods({
      state: pairing,
      fetch: options.fetch ?? fetch,
      logger,
      now,
      session: sessionView,
      sessionToken: () => session.token(),
      pendingCount: () => flow.pendingCount(),
      signOut: async () => void (await methods.signOut({})),
      onChange: () => {
        session.setClient(connectBackend());
        void monitor.probeNow();
        emitStatus();
      },
    }),
    ...withManagerReceipts(createManagerMethods(session), {
      printing,
      session: sessionView,
      logger,
    }),
    ...createSecurityMethods(session),
    ...createSaleMethods({
      withSession: session.withSession,
      checkedCode: session.checkedCode,
      logger,
      flow,
      printing,
      session: sessionView,
    }),
    ...createCustomerDisplayMethods(
      (view) => events.emit('customerDisplay', view),
      () => language,
    ),
    on: events.on,
  };

  if (options.autostart) void keepAutostartCurrent(options.terminalDir, options.autostart, logger);
  // After a crash or restart: settle what the last run left open before anything new is sent.
  if (outbox.pending().length > 0) {
    logger.info({ pending: outbox.pending().length }, 'settling redemptions left open by the last run');
    void recovery.resolveAll().then(() => {
      if (flow.pendingCount() > 0) recovery.schedule();
    });
  }

  return {
    ...guardAll(methods, logger),
    on: events.on,
    config,
    logger,
    async close() {
      monitor.stop();
      recovery.stop();
      await scanner.close();
      await outbox.close();
    },
  };
}
