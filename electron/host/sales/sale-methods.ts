/**
 * Host side of selling at the till. Codes are checked on the terminal first; the sale's id is its
 * idempotency key, so the screen asking again for the same sale (after a lost answer or a double
 * click) gets the backend's first answer and never a second credit. A manager's PIN is passed
 * through, never logged; card codes are logged by their last four only.
 */
import { lastFour } from '../../../shared/claim-code.js';
import type { Result, TerminalMethods } from '../../../shared/terminal-api.js';
import type { BackendClient } from '../backend-client.js';
import type { TerminalLogger } from '../logger.js';

type SaleMethodName = 'activateCard' | 'loadCard' | 'refundToCard' | 'liabilityReport';

export interface SaleMethodDeps {
  withSession<T>(
    run: (backend: BackendClient, token: string) => Promise<Result<T>>,
    sessionUse?: 'cashier' | 'with-manager-pin',
  ): Promise<Result<T>>;
  checkedCode(input: string): Result<string>;
  logger: TerminalLogger;
}

export function createSaleMethods(deps: SaleMethodDeps): Pick<TerminalMethods, SaleMethodName> {
  const { withSession, checkedCode, logger } = deps;
  const logged = async <T>(kind: string, saleId: string, code: string, sent: Promise<Result<T>>) => {
    const result = await sent;
    logger.info(
      { saleId, kind, last4: lastFour(code), outcome: result.ok ? 'applied' : result.error.code },
      'sale answered',
    );
    return result;
  };
  return {
    activateCard: async ({ saleId, code: entered, ...rest }) => {
      const code = checkedCode(entered);
      if (!code.ok) return code;
      const body = { ...rest, code: code.value, idempotencyKey: saleId };
      const use = rest.approval === undefined ? 'cashier' : 'with-manager-pin';
      return logged(
        'activate',
        saleId,
        code.value,
        withSession((backend, token) => backend.activate(token, body), use),
      );
    },
    loadCard: async ({ saleId, code: entered, ...rest }) => {
      const code = checkedCode(entered);
      if (!code.ok) return code;
      const body = { ...rest, code: code.value, idempotencyKey: saleId };
      return logged(
        'load',
        saleId,
        code.value,
        withSession((backend, token) => backend.load(token, body)),
      );
    },
    refundToCard: async ({ saleId, code: entered, ...rest }) => {
      const code = checkedCode(entered);
      if (!code.ok) return code;
      const body = { ...rest, code: code.value, idempotencyKey: saleId };
      const sent = withSession((backend, token) => backend.refund(token, body), 'with-manager-pin');
      return logged('refund', saleId, code.value, sent);
    },
    liabilityReport: (range) => withSession((backend, token) => backend.liability(token, range)),
  };
}
