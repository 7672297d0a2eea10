import type { KeyCipher } from './key-cipher.js';

/** The part of Electron's `safeStorage` the key store needs (main.ts passes the real one). */
export interface SafeStorageLike {
  isEncryptionAvailable(): boolean;
  encryptString(plainText: string): Buffer;
  decryptString(encrypted: Buffer): string;
  /** Linux only: 'basic_text' means no secret service, so the encryption key is a fixed fallback. */
  getSelectedStorageBackend?(): string;
}

/**
 * A KeyCipher on the operating system's key store (Keychain, DPAPI, libsecret/kwallet), or
 * undefined when the system offers none: the key file then relies on its 0600 mode, as in
 * browser mode. Call after the app is ready (Linux picks its backend then).
 */
export function safeStorageCipher(safeStorage: SafeStorageLike, platform = process.platform): KeyCipher | undefined {
  if (!safeStorage.isEncryptionAvailable()) return undefined;
  return {
    encrypt: (plain) => safeStorage.encryptString(plain),
    decrypt: (sealed) => safeStorage.decryptString(sealed),
    isStrong: () => platform !== 'linux' || safeStorage.getSelectedStorageBackend?.() !== 'basic_text',
  };
}
