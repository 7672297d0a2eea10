/**
 * pairTerminal / backendSettings / unpairTerminal / createPairingCode of the terminal API.
 * First-run pairing needs no one signed in (no one can sign in without a key); re-pairing,
 * unpairing and reading the section need a signed-in manager.
 */
import type { PairingCode } from '../../../shared/backend-api.js';
import type { AppError } from '../../../shared/error-codes.js';
import type { BackendSettings } from '../../../shared/pairing-api.js';
import { fail, ok, type Result, type SessionView, type TerminalMethods } from '../../../shared/terminal-api.js';
import type { FetchFunction } from '../backend-client.js';
import type { TerminalLogger } from '../logger.js';
import { requestPairingCode, requestTerminalKey } from './pairing-client.js';
import type { PairingState } from './terminal-pairing.js';
import { refuseUnlessManager } from '../settings/manager-only.js';

export type PairingMethods = Pick<
  TerminalMethods,
  'pairTerminal' | 'backendSettings' | 'unpairTerminal' | 'createPairingCode'
>;

export interface PairingMethodsOptions {
  state: PairingState;
  fetch: FetchFunction;
  logger: TerminalLogger;
  now: () => Date;
  session: () => SessionView | null;
  /** The session token, for the one call made on behalf of the signed-in manager. */
  sessionToken: () => string | null;
  /** Redemptions whose outcome is not known yet: while there are any, the key must stay. */
  pendingCount: () => number;
  /** Ends the session on this terminal (before its key goes away). */
  signOut: () => Promise<void>;
  /** The key or URL changed: the host rebuilds its backend client and tells the screens. */
  onChange: () => void;
}

const ENVIRONMENT_KEY: AppError = {
  code: 'forbidden',
  message: 'the terminal key is set by TILLCARD_TERMINAL_KEY: change it there',
};

export function createPairingMethods(options: PairingMethodsOptions): PairingMethods {
  const { state, logger } = options;
  const managerOnly = (): Result<never> | null => refuseUnlessManager(options.session());
  const unsettled = (): Result<never> | null => {
    const pending = options.pendingCount();
    if (pending === 0) return null;
    return fail({
      code: 'outcome_unknown',
      message: `${pending} redemption(s) with an unknown outcome need this key: settle them first`,
    });
  };

  return {
    pairTerminal: async (input): Promise<Result<BackendSettings>> => {
      const paired = state.key() !== null;
      if (state.view().keySource === 'environment') return fail(ENVIRONMENT_KEY);
      const refused = paired ? (managerOnly() ?? unsettled()) : null;
      if (refused) return refused;
      const backendUrl = input.backendUrl.replace(/\/+$/, '');
      const answer = await requestTerminalKey(options.fetch, backendUrl, input);
      if (!answer.ok) {
        logger.warn({ code: answer.error.code }, 'pairing refused');
        return answer;
      }
      const { terminal, terminalKey } = answer.value;
      if (paired) await options.signOut();
      await state.adopt({
        backendUrl,
        terminal: { id: terminal.id, name: terminal.name, storeName: terminal.store.name },
        pairedAt: options.now().toISOString(),
        key: terminalKey,
      });
      logger.info({ terminalId: terminal.id, storeId: terminal.store.id }, 'terminal paired');
      options.onChange();
      return ok(state.view());
    },
    backendSettings: async () => managerOnly() ?? ok(state.view()),
    unpairTerminal: async () => {
      const refused = managerOnly() ?? unsettled();
      if (refused) return refused;
      if (state.view().keySource === 'environment') return fail(ENVIRONMENT_KEY);
      await options.signOut();
      await state.forget();
      logger.info({}, 'terminal unpaired');
      options.onChange();
      return ok(state.view());
    },
    createPairingCode: async ({ terminalName }): Promise<Result<PairingCode>> => {
      const refused = managerOnly();
      if (refused) return refused;
      const terminalKey = state.key();
      const sessionToken = options.sessionToken();
      if (terminalKey === null || sessionToken === null) {
        return fail({ code: 'terminal_not_configured', message: 'this terminal is not paired' });
      }
      const made = await requestPairingCode(
        options.fetch,
        { backendUrl: state.backendUrl(), terminalKey, sessionToken },
        terminalName,
      );
      if (made.ok) logger.info({ terminalName, expiresAt: made.value.expiresAt }, 'pairing code made');
      return made;
    },
  };
}
