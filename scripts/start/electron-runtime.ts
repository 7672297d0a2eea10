/**
 * Whether the Electron runtime is installed: `require('electron')` from Node gives the binary's path
 * when it is, and throws when the package was installed without its download.
 */
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';

export function electronBinary(): string | null {
  try {
    const binary: unknown = createRequire(import.meta.url)('electron');
    return typeof binary === 'string' && existsSync(binary) ? binary : null;
  } catch {
    return null;
  }
}
