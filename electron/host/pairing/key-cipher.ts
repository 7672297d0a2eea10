/**
 * How the host encrypts the paired terminal key at rest. In Electron the main process passes one
 * built on `safeStorage` (the host itself never imports `electron`); in browser mode there is none
 * and the key file relies on its 0600 mode alone.
 */
export interface KeyCipher {
  encrypt(plain: string): Buffer;
  decrypt(sealed: Buffer): string;
  /** False when the system has no secret service, so the key protecting the file is a fixed fallback. */
  isStrong(): boolean;
}
