import type { TerminalConfig, TerminalEnv } from '../config.js';
import type { KeyCipher } from './key-cipher.js';
import { createKeyStore } from './key-store.js';
import { loadPairingState, type PairingState } from './terminal-pairing.js';

/** The host's pairing state at start: the key from the environment, config.json or the key store. */
export function openPairing(options: {
  terminalDir: string;
  env: TerminalEnv;
  config: TerminalConfig;
  keyCipher?: KeyCipher | undefined;
}): Promise<PairingState> {
  return loadPairingState({ ...options, keyStore: createKeyStore(options.terminalDir, options.keyCipher) });
}
