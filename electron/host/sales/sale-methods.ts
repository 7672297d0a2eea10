/**
 * Host side of selling at the till. Codes are checked on the terminal first; every activation,
 * load and refund goes through the same outbox and tender flow as a redemption (tender-flow.ts):
 * its key is written before it is sent, a lost answer is settled by asking the backend for the
 * key, and the screen asking again for the same sale (a double click, a retry after "outcome
 * unknown") never credits the card twice. `saleId` names the sale; its key is the outbox's. The
 * receipt prints as soon as the backend approves (auto-print), like a redemption's. A manager's
 * PIN is passed through, never logged; card codes are logged by their last four only.
 */
import { lastFour } from '../../../shared/claim-code.js';
import type { Sale, SaleKind } from '../../../shared/sales-api.js';
import type { Result, SessionView, TerminalMethods } from '../../../shared/terminal-api.js';
import type { BackendClient } from '../backend-client.js';
import type { TerminalLogger } from '../logger.js';
import { kindOf } from '../tenders/outbox.js';
import type { HostPrinting } from '../printing/printing-methods.js';
import type { TenderAnswers, TenderFlow } from '../tenders/tender-flow.js';
import { createSaleReceipts } from './sale-receipts.js';

type SaleMethodName = 'activateCard' | 'loadCard' | 'refundToCard' | 'liabilityReport';

export interface SaleMethodDeps {
  withSession<T>(
    run: (backend: BackendClient, token: string) => Promise<Result<T>>,
    sessionUse?: 'cashier' | 'with-manager-pin',
  ): Promise<Result<T>>;
  checkedCode(input: string): Result<string>;
  logger: TerminalLogger;
  /** The tender flow redemptions use: one outbox, one rule "nothing new while anything is pending". */
  flow: TenderFlow;
  printing: HostPrinting;
  session: () => SessionView | null;
}

export const saleAnswers: TenderAnswers<{ sale: Sale }> = {
  noun: 'sale',
  fromEntry: (entry) => (kindOf(entry) !== 'redeem' && entry.sale ? { sale: entry.sale } : undefined),
  record: (outbox, facts, value) => outbox.markSaleApplied(facts, value.sale),
};

interface SaleInput {
  saleId: string;
  code: string;
  amountMinor: number;
  currency: string;
}

export function createSaleMethods(deps: SaleMethodDeps): Pick<TerminalMethods, SaleMethodName> {
  const { withSession, checkedCode, flow } = deps;
  const receipts = createSaleReceipts(deps);

  /** One sale, exactly once: `body` is the backend request without its key. */
  async function sell<B extends object>(
    kind: SaleKind,
    input: SaleInput,
    body: (code: string) => B,
    send: (
      backend: BackendClient,
      token: string,
      request: B & { idempotencyKey: string },
    ) => Promise<Result<{ sale: Sale }>>,
    sessionUse: 'cashier' | 'with-manager-pin',
  ): Promise<Result<{ sale: Sale }>> {
    const code = checkedCode(input.code);
    if (!code.ok) return code;
    const shiftId = deps.session()?.shift.id;
    const result = await withSession(
      (backend, token) =>
        flow.submit(
          {
            tenderId: input.saleId,
            kind,
            last4: lastFour(code.value),
            amountMinor: input.amountMinor,
            currency: input.currency,
            ...(shiftId === undefined ? {} : { shiftId }),
            send: (idempotencyKey) => send(backend, token, { ...body(code.value), idempotencyKey }),
          },
          saleAnswers,
        ),
      sessionUse,
    );
    // Printing runs apart from the sale and can never undo it.
    if (result.ok) receipts.approved(result.value.sale);
    return result;
  }

  return {
    activateCard: ({ saleId, code, amountMinor, currency, approval }) =>
      sell(
        'activate',
        { saleId, code, amountMinor, currency },
        (checked) => ({ code: checked, amountMinor, currency, ...(approval === undefined ? {} : { approval }) }),
        (backend, token, request) => backend.activate(token, request),
        approval === undefined ? 'cashier' : 'with-manager-pin',
      ),
    loadCard: ({ saleId, code, amountMinor, currency }) =>
      sell(
        'load',
        { saleId, code, amountMinor, currency },
        (checked) => ({ code: checked, amountMinor, currency }),
        (backend, token, request) => backend.load(token, request),
        'cashier',
      ),
    refundToCard: ({ saleId, code, amountMinor, currency, managerId, managerPin, reason }) =>
      sell(
        'refund',
        { saleId, code, amountMinor, currency },
        (checked) => ({ code: checked, amountMinor, currency, managerId, managerPin, reason }),
        (backend, token, request) => backend.refund(token, request),
        'with-manager-pin',
      ),
    liabilityReport: (range) => withSession((backend, token) => backend.liability(token, range)),
  };
}
