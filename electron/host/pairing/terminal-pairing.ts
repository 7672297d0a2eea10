/**
 * Which key the terminal uses and where it came from. A key in the environment or in config.json
 * (installs made before pairing existed, and the test fixtures) keeps working and wins; otherwise
 * the key this terminal received by pairing, kept by the KeyStore.
 */
import type { BackendSettings, KeyProtection, KeySource } from '../../../shared/pairing-api.js';
import { type TerminalConfig, type TerminalEnv } from '../config.js';
import { editConfigFile } from '../config-file.js';
import type { KeyStore, StoredPairing } from './key-store.js';

export interface PairingState {
  key(): string | null;
  backendUrl(): string;
  view(): BackendSettings;
  /** Saves a fresh pairing and uses it from now on; a key in config.json is removed (it would win). */
  adopt(pairing: Omit<StoredPairing, 'protection'>): Promise<void>;
  /** Forgets the key: the paired one, and one an installer wrote into config.json. */
  forget(): Promise<void>;
}

export async function loadPairingState(options: {
  terminalDir: string;
  env: TerminalEnv;
  config: TerminalConfig;
  keyStore: KeyStore;
}): Promise<PairingState> {
  const { config, env, keyStore } = options;
  const urlFromEnv = Boolean(env.TILLCARD_BACKEND_URL?.trim());
  let source: KeySource;
  let key = config.terminalKey;
  let stored: StoredPairing | null = null;
  if (key !== null) {
    source = env.TILLCARD_TERMINAL_KEY?.trim() ? 'environment' : 'config';
  } else {
    stored = await keyStore.load();
    key = stored?.key ?? null;
    source = stored === null ? 'none' : 'paired';
  }
  let protection: KeyProtection | null = stored?.protection ?? null;
  // The environment wins over the URL the terminal was paired with, as it does over config.json.
  const backendUrl = () => (urlFromEnv || stored === null ? config.backendUrl : stored.backendUrl);

  return {
    key: () => key,
    backendUrl,
    view: () => ({
      backendUrl: backendUrl(),
      keySource: source,
      keyProtection: source === 'paired' ? protection : null,
      terminal: stored?.terminal ?? null,
      pairedAt: stored?.pairedAt ?? null,
    }),
    async adopt(pairing) {
      protection = await keyStore.save(pairing);
      if (source === 'config') await removeConfigKey(options.terminalDir);
      stored = { ...pairing, protection };
      key = pairing.key;
      source = 'paired';
    },
    async forget() {
      await keyStore.clear();
      if (source === 'config') await removeConfigKey(options.terminalDir);
      stored = null;
      key = null;
      protection = null;
      source = 'none';
    },
  };
}

/** Rewrites config.json without its terminalKey, keeping every other setting. */
async function removeConfigKey(terminalDir: string): Promise<void> {
  // A file that cannot be read is left alone: unpairing must not fail over it.
  await editConfigFile(terminalDir, ({ terminalKey: _removed, ...rest }) => rest).catch(() => undefined);
}
