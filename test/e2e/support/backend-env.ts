/**
 * The environment for a test's own backend: this machine's environment minus everything that
 * could point it at another database, port or key.
 */
export function backendEnv(dataDir: string): Record<string, string | undefined> {
  const env: Record<string, string | undefined> = { ...process.env, TILLCARD_DATA_DIR: dataDir };
  for (const name of [
    'DATABASE_URL',
    'PORT',
    'TILLCARD_SERVER_KEY',
    'TILLCARD_FAULT',
    'TILLCARD_BACKEND_URL',
    'TILLCARD_TERMINAL_KEY',
  ]) {
    delete env[name];
  }
  return env;
}
