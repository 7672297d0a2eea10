/**
 * The printing methods of the terminal API, as the host implements them. The host builds every
 * receipt from what it holds itself — the redemption as the backend answered it and the signed-in
 * session — so the renderer can ask for a receipt but never write one.
 */
import type { CardView, Redemption } from '../../../shared/backend-api.js';
import { balanceSlip } from '../../../shared/receipt/card-slips.js';
import type { PrintOutcome } from '../../../shared/receipt/printing-api.js';
import type { ReceiptContext, ReceiptDocument } from '../../../shared/receipt/receipt-document.js';
import { redemptionReceipt } from '../../../shared/receipt/redemption-receipt.js';
import { shiftReport, type ShiftReportInput } from '../../../shared/receipt/shift-report.js';
import { printerTestPage } from '../../../shared/receipt/test-page.js';
import { fail, ok, type Result, type SessionView, type TerminalMethods } from '../../../shared/terminal-api.js';
import { migratePrinterProfile } from '../settings/printer-config-file.js';
import { createTransport } from './create-transport.js';
import { printQueueFile } from './print-queue-file.js';
import { outboxPath, replayOutbox } from '../tenders/outbox.js';
import type { SystemPrint } from './printer-transport.js';
import { DEFAULT_FOOTER, loadPrinterSettings, type PrinterSettings } from './printer-settings.js';
import { DEFAULT_LANGUAGE, type Language } from '../../../shared/language.js';
import { receiptText } from '../../../shared/receipt/receipt-text.js';
import { createPrintingService, type PrintingLogger, type PrintingService } from './printing-service.js';

type PrintingMethodName =
  'printerStatus' | 'printReceipt' | 'printBalanceSlip' | 'reprintLast' | 'retryPrint' | 'testPrint';
export type PrintingMethods = Pick<TerminalMethods, PrintingMethodName>;

const REMEMBERED_AUTO_PRINTS = 20;

export interface HostPrinting {
  methods: PrintingMethods;
  service: PrintingService;
  settings: PrinterSettings;
  /**
   * Call after every approved redemption, with the session it was made in. With auto-print on and
   * a printer the host drives, the receipt starts printing now, without waiting for the screen to
   * ask; the screen's Print receipt for it then answers with this print's outcome.
   */
  rememberRedemption(redemption: Redemption, session: SessionView, stillDueMinor: number | null): void;
  /** The receipt header and footer for a session: store, terminal, cashier. */
  contextOf(session: SessionView): ReceiptContext;
  /** Prints a document the host built itself. */
  printDocument(document: ReceiptDocument): Promise<PrintOutcome>;
  /** Prints an X or Z report with the totals exactly as the backend computed them. */
  printShiftReport(report: Omit<ShiftReportInput, 'printedAt'>, session: SessionView): Promise<PrintOutcome>;
}

export async function createHostPrinting(options: {
  terminalDir: string;
  env: Record<string, string | undefined>;
  logger: PrintingLogger;
  onStatus: Parameters<typeof createPrintingService>[0]['onStatus'];
  session: () => SessionView | null;
  lookupCard: (code: string) => Promise<Result<{ card: CardView }>>;
  now: () => Date;
  /** The terminal's language now (Settings → Language): receipts and printer messages speak it. */
  language?: () => Language;
  systemPrint?: SystemPrint;
  /**
   * An approved redemption this terminal knows from elsewhere, so Print receipt works for it too;
   * by default the outbox, where a redemption settled by asking the backend after a lost answer
   * (or a restart) is written with the backend's answer.
   */
  findRedemption?: (redemptionId: string) => Promise<Redemption | null>;
}): Promise<HostPrinting> {
  // A config.json from before paper and font is rewritten first, so what it says is what prints.
  if (await migratePrinterProfile(options.terminalDir).catch(() => false))
    options.logger.info({}, 'printer settings: columns rewritten as paper width and font');
  const settings = await loadPrinterSettings(options.terminalDir, options.env);
  const language = options.language ?? (() => DEFAULT_LANGUAGE);
  if (settings.problem) options.logger.warn({ problem: settings.problem }, 'printer configuration problem');
  const findRedemption = options.findRedemption ?? ((id: string) => appliedRedemption(options.terminalDir, id));
  const queueFile = printQueueFile(options.terminalDir);
  const waiting = await queueFile.load().catch((error: unknown) => {
    options.logger.warn({ error: String(error) }, 'print queue file unreadable: starting with an empty queue');
    return [];
  });
  if (waiting.length > 0) options.logger.info({ waiting: waiting.length }, 'receipts from the last run wait for Retry');
  const service = createPrintingService({
    settings,
    transport: createTransport(settings.target, options.terminalDir),
    queue: { initial: waiting, save: (receipts) => queueFile.save(receipts) },
    ...(options.systemPrint ? { systemPrint: options.systemPrint } : {}),
    logger: options.logger,
    onStatus: options.onStatus,
    language,
  });
  const contextOf = (session: SessionView): ReceiptContext => ({
    store: session.store,
    language: language(),
    terminalName: session.terminal.name,
    cashierName: session.cashier.name,
    // The footer nobody changed speaks the terminal's language; one a manager wrote is printed as written.
    footer: settings.footer === DEFAULT_FOOTER ? receiptText(language()).defaultFooter : settings.footer,
  });
  const noSession = () => fail<PrintOutcome>({ code: 'unauthorized', message: 'no cashier is signed in' });

  /** Receipts the host started printing on its own, by redemption id, until the screen asks. */
  const autoPrints = new Map<string, Promise<PrintOutcome>>();
  const methods: PrintingMethods = {
    printerStatus: async () => ok(service.status()),
    printReceipt: async ({ redemptionId, stillDueMinor }) => {
      const started = autoPrints.get(redemptionId);
      if (started) {
        autoPrints.delete(redemptionId);
        return ok(await started);
      }
      const session = options.session();
      const found = service.recall(redemptionId) ? null : await findRedemption(redemptionId);
      // Settled by asking the backend: printed with the answer it gave, under the cashier signed in now.
      const known =
        service.recall(redemptionId) ?? (found && session ? { redemption: found, context: contextOf(session) } : null);
      if (!known) return fail({ code: 'not_found', message: 'no redemption with that id on this terminal' });
      const document = redemptionReceipt(known.context, { redemption: known.redemption, stillDueMinor });
      return ok(await service.print(document));
    },
    printBalanceSlip: async ({ code }) => {
      const session = options.session();
      if (!session) return noSession();
      const answer = await options.lookupCard(code);
      if (!answer.ok) return answer;
      return ok(await service.print(balanceSlip(contextOf(session), answer.value.card, options.now().toISOString())));
    },
    reprintLast: async () => {
      const outcome = await service.reprintLast();
      return outcome ? ok(outcome) : fail({ code: 'not_found', message: 'no receipt has been printed yet' });
    },
    retryPrint: async () => ok(await service.retry()),
    testPrint: async () => {
      const session = options.session();
      if (!session) return noSession();
      const document = printerTestPage(contextOf(session), settings.columns, options.now().toISOString());
      return ok(await service.print(document));
    },
  };

  return {
    methods,
    service,
    settings,
    rememberRedemption: (redemption, session, stillDueMinor) => {
      const context = contextOf(session);
      service.remember(redemption, context);
      if (settings.autoPrint !== 'always' || !service.drivesPrinter()) return;
      const document = redemptionReceipt(context, { redemption, stillDueMinor });
      // After the answer has gone to the screen: rendering the receipt never delays Approved.
      const printed = new Promise<PrintOutcome>((resolvePrint) =>
        setImmediate(() => resolvePrint(service.print(document))),
      );
      autoPrints.set(redemption.id, printed);
      // The screen asks for the outcome; one that never does (it closed) must not grow the map.
      for (const id of autoPrints.keys()) {
        if (autoPrints.size <= REMEMBERED_AUTO_PRINTS) break;
        autoPrints.delete(id);
      }
    },
    contextOf,
    printDocument: (document) => service.print(document),
    printShiftReport: (report, session) =>
      service.print(shiftReport(contextOf(session), { ...report, printedAt: options.now().toISOString() })),
  };
}

/** The backend's answer for an applied redemption, as the outbox recorded it; null when it has none. */
async function appliedRedemption(terminalDir: string, redemptionId: string): Promise<Redemption | null> {
  for (const entry of (await replayOutbox(outboxPath(terminalDir))).values()) {
    if (entry.state === 'applied' && entry.redemption?.id === redemptionId) return entry.redemption;
  }
  return null;
}
