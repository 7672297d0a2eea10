/**
 * The terminal host: every method of the terminal API, implemented once for both adapters
 * (Electron IPC and the browser-mode WebSocket). It holds what the renderer must never see —
 * the terminal key, the session token, idempotency keys — and it never throws: every method
 * answers with a Result.
 */
import { checkCode } from '../../shared/claim-code.js';
import {
  fail,
  ok,
  type Result,
  type SessionView,
  type TerminalApi,
  type TerminalStatus,
} from '../../shared/terminal-api.js';
import type { AppError } from '../../shared/error-codes.js';
import { createBackendClient, type BackendClient, type FetchFunction } from './backend-client.js';
import { loadTerminalConfig, notConfiguredError, type TerminalConfig, type TerminalEnv } from './config.js';
import { startConnectionMonitor } from './connection-monitor.js';
import { createHostEvents } from './events.js';
import { guardAll } from './guard-methods.js';
import { createTerminalLogger, type TerminalLogger } from './logger.js';
import { openOutbox } from './tenders/outbox.js';
import { reconcileShift } from './tenders/reconcile.js';
import { createRecovery, outcomeOf, type RecoveryTimers } from './tenders/recovery.js';
import { createRedeemFlow, type RedeemFlow } from './tenders/redeem-flow.js';
import { createLivePrinting } from './settings/live-printing.js';
import { createSettingsMethods } from './settings/settings-methods.js';
import { createLanguageMethods, readLanguage } from './settings/language-methods.js';
import { DEFAULT_LANGUAGE } from '../../shared/language.js';
import { createKioskMethods } from './settings/kiosk-methods.js';
import type { SystemPrint } from './printing/printer-transport.js';
import { createManagerMethods } from './manager/manager-methods.js';
import { ensurePrivateFolder } from './private-files.js';
import { createSaleMethods } from './sales/sale-methods.js';
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
import { summarizePending } from '../../shared/pending-outcomes.js';

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
  /** Timers of the recovery's back-off: tests pass fake ones. */
  recoveryTimers?: RecoveryTimers;
  recoveryFirstDelayMs?: number;
}

export interface TerminalHost extends TerminalApi {
  readonly config: TerminalConfig;
  readonly logger: TerminalLogger;
  close(): Promise<void>;
}

interface Session {
  token: string;
  view: SessionView;
}

/** Answers that mean the cashier's session is over. */
const SESSION_ENDING_CODES = new Set(['unauthorized', 'session_expired', 'shift_closed']);
/**
 * On a call that carries a manager's PIN, `unauthorized` means that PIN was wrong: the cashier
 * stays signed in (a dead session shows up on the next ordinary call).
 */
const SESSION_ENDING_CODES_WITH_MANAGER_PIN = new Set(['session_expired', 'shift_closed']);

type SessionUse = 'none' | 'cashier' | 'with-manager-pin';

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
  // Replaced when the terminal is paired, re-paired or unpaired while running.
  let client: BackendClient | null = connectBackend();
  let session: Session | null = null;
  // The Z report this terminal printed or can print: kept after close, until the next close.
  let lastClosed: { report: Parameters<typeof printing.printShiftReport>[0]; session: SessionView } | null = null;
  const livePrinting = await createLivePrinting({
    terminalDir: options.terminalDir,
    env: options.env,
    logger,
    onStatus: (printerStatus) => events.emit('printer', printerStatus),
    session: () => session?.view ?? null,
    lookupCard: (code) => methods.lookupCard({ code }),
    now,
    language: () => language,
    ...(options.systemPrint ? { systemPrint: options.systemPrint } : {}),
  });
  const printing = livePrinting.printing;
  const printLastZ = async () => {
    const closed = lastClosed;
    if (!closed) throw new Error('no closed shift to print');
    const outcome = await printing.printShiftReport(closed.report, closed.session);
    logger.info({ shiftId: closed.report.shift.id, delivery: outcome.delivery }, 'Z report printed');
    return outcome;
  };
  // The flow and the recovery need each other: the flow asks to settle, the recovery must not ask
  // about a key whose request is still on the wire.
  const flowRef: { current?: RedeemFlow } = {};
  const recovery = createRecovery({
    outbox,
    logger,
    client: followingClient(() => client),
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
    configured: client !== null,
    backendUrl: pairing.backendUrl(),
    connection: monitor.state,
    session: session?.view ?? null,
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
    probe: async () => (client ? (await client.health()).ok : false),
    onChange: (state) => {
      logger.info({ connection: state }, 'backend connection changed');
      events.emit('connection', state);
      emitStatus();
      // Back online: settle what is pending now rather than at the next back-off step.
      if (state === 'online' && flow.pendingCount() > 0) void recovery.resolveAll();
    },
    ...(options.probeIntervalMs ? { intervalMs: options.probeIntervalMs } : {}),
  });

  /** Learns from every backend answer: reachability, and whether the session still holds. */
  function observe<T>(result: Result<T>, sessionUse: SessionUse): Result<T> {
    if (result.ok) {
      monitor.report('online');
      return result;
    }
    if (result.error.code === 'backend_unreachable' || result.error.code === 'outcome_unknown') {
      void monitor.probeNow();
    } else {
      monitor.report('online');
    }
    const ending = sessionUse === 'with-manager-pin' ? SESSION_ENDING_CODES_WITH_MANAGER_PIN : SESSION_ENDING_CODES;
    if (sessionUse !== 'none' && session && ending.has(result.error.code)) {
      session = null;
      logger.info({ code: result.error.code }, 'session ended by the backend');
      emitStatus();
    }
    return result;
  }

  function withBackend<T>(run: (backend: BackendClient) => Promise<Result<T>>): Promise<Result<T>> {
    if (!client) return Promise.resolve(fail(notConfiguredError(config)));
    return run(client).then((result) => observe(result, 'none'));
  }

  function withSession<T>(
    run: (backend: BackendClient, token: string) => Promise<Result<T>>,
    sessionUse: Exclude<SessionUse, 'none'> = 'cashier',
  ): Promise<Result<T>> {
    if (!client) return Promise.resolve(fail(notConfiguredError(config)));
    if (!session) return Promise.resolve(fail({ code: 'unauthorized', message: 'no cashier is signed in' }));
    return run(client, session.token).then((result) => observe(result, sessionUse));
  }

  /** Accepts a code the backend could know: a valid new code or a legacy one. */
  function checkedCode(input: string): Result<string> {
    const check = checkCode(input);
    if (check.kind === 'valid' || check.kind === 'legacy') return ok(check.code);
    return fail({ code: 'code_malformed', message: `the code entered is ${check.kind.replace('_', ' ')}` });
  }

  const methods: TerminalApi = {
    getStatus: async () => ok(status()),
    signIn: (input) =>
      withBackend(async (backend) => {
        const answer = await backend.signIn(input);
        if (!answer.ok) return answer;
        const { token, ...view } = answer.value;
        session = { token, view };
        logger.info({ cashierId: view.cashier.id, shiftId: view.shift.id }, 'cashier signed in');
        emitStatus();
        return ok(view);
      }),
    signOut: async () => {
      const ending = session;
      session = null;
      if (ending && client) {
        const answer = observe(await client.signOut(ending.token), 'none');
        if (!answer.ok) logger.warn({ code: answer.error.code }, 'sign-out not confirmed by the backend');
      }
      if (ending) {
        logger.info({ cashierId: ending.view.cashier.id }, 'cashier signed out');
        emitStatus();
      }
      return ok({ signedOut: true as const });
    },
    lookupCard: (input) => {
      const code = checkedCode(input.code);
      if (!code.ok) return Promise.resolve(code);
      return withSession((backend, token) => backend.lookup(token, { code: code.value }));
    },
    redeem: async (input) => {
      const code = checkedCode(input.code);
      if (!code.ok) return code;
      const before = flow.pendingCount();
      const result = await withSession((backend, token) =>
        flow.redeem(backend, token, { ...input, code: code.value, shiftId: session?.view.shift.id ?? '' }),
      );
      if (flow.pendingCount() !== before) emitStatus();
      // Kept for Print receipt; printing runs apart from the redemption and can never undo it.
      if (result.ok && session) {
        const { redemption } = result.value;
        const stillDueMinor = input.saleTotalMinor === undefined ? 0 : input.saleTotalMinor - redemption.amountMinor;
        printing.rememberRedemption(redemption, session.view, stillDueMinor || null);
      }
      return result;
    },
    currentShift: () => withSession((backend, token) => backend.currentShift(token)),
    closeShift: () => {
      const pendingCount = flow.pendingCount();
      if (pendingCount > 0) {
        const message = `${pendingCount} redemption(s) with an unknown outcome must be resolved before closing`;
        return Promise.resolve(fail({ code: 'outcome_unknown', message }));
      }
      return withSession(async (backend, token) => {
        const closed = await backend.closeShift(token);
        if (!closed.ok) return closed;
        const terminal = reconcileShift(outbox.all(), closed.value);
        if (!terminal.reconciliation.matched) {
          const { differences } = terminal.reconciliation;
          logger.warn({ shiftId: closed.value.shift.id, differences }, 'shift close: outbox and ledger differ');
        }
        if (session) {
          const { shift, report } = closed.value;
          lastClosed = { report: { report: 'z', shift, totals: report }, session: session.view };
          // Auto-print runs apart from the close: a printer problem never undoes a closed shift.
          if (printing.settings.autoPrint === 'always') {
            void printLastZ().catch((error: unknown) => logger.warn({ error: String(error) }, 'Z report not printed'));
          }
        }
        return ok({ ...closed.value, terminal });
      });
    },
    printShiftReport: async ({ kind }) => {
      if (kind === 'z') {
        if (!lastClosed) return fail({ code: 'not_found', message: 'no shift has been closed on this terminal' });
        return ok(await printLastZ());
      }
      const view = session?.view;
      return withSession(async (backend, token) => {
        const current = await backend.currentShift(token);
        if (!current.ok || !view)
          return current.ok ? fail({ code: 'unauthorized', message: 'no cashier is signed in' }) : current;
        const { shift, totals } = current.value;
        // What the ledger cannot count yet: redemptions whose answer was lost, flagged on the report.
        const pending = summarizePending(pendingOutcomes(), totals.currency);
        return ok(await printing.printShiftReport({ report: 'x', shift, totals, pending }, view));
      });
    },
    unlockEntry: (input) => withSession((backend, token) => backend.unlockEntry(token, input), 'with-manager-pin'),
    verifyManager: async () => fail(MANAGER_CHECK_UNAVAILABLE),
    ...printing.methods,
    ...createSettingsMethods({
      terminalDir: options.terminalDir,
      env: options.env,
      session: () => session?.view ?? null,
      applyPrinterSettings: livePrinting.reload,
    }),
    ...createScannerSettingsMethods({
      terminalDir: options.terminalDir,
      env: options.env,
      session: () => session?.view ?? null,
      reopenScanner: () => scanner.reload(),
    }),
    ...createLanguageMethods({
      terminalDir: options.terminalDir,
      session: () => session?.view ?? null,
      onSaved: (saved) => {
        language = saved;
        // The printer's message follows the language at once.
        events.emit('printer', printing.service.status());
      },
    }),
    ...createKioskMethods({
      terminalDir: options.terminalDir,
      session: () => session?.view ?? null,
      activeNow: config.kiosk,
      ...(options.quit ? { quit: options.quit } : {}),
    }),
    ...createPairingMethods({
      state: pairing,
      fetch: options.fetch ?? fetch,
      logger,
      now,
      session: () => session?.view ?? null,
      sessionToken: () => session?.token ?? null,
      pendingCount: () => flow.pendingCount(),
      signOut: async () => void (await methods.signOut({})),
      onChange: () => {
        client = connectBackend();
        void monitor.probeNow();
        emitStatus();
      },
    }),
    ...withManagerReceipts(createManagerMethods({ withSession, checkedCode }), {
      printing,
      session: () => session?.view ?? null,
      logger,
    }),
    ...createSecurityMethods({ withSession }),
    ...createSaleMethods({ withSession, checkedCode, logger, flow, printing, session: () => session?.view ?? null }),
    ...createCustomerDisplayMethods(
      (view) => events.emit('customerDisplay', view),
      () => language,
    ),
    on: events.on,
  };

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

/** Protocol v1 has no call that checks a manager's PIN on its own: approval travels with the action. */
const MANAGER_CHECK_UNAVAILABLE: AppError = {
  code: 'manager_approval_required',
  message: 'this backend checks a manager PIN only together with the action it approves',
};
