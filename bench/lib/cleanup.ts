/**
 * Cleanups that must run even when the benchmark is interrupted (Ctrl-C): scratch databases,
 * temp folders, child servers. Each piece of work registers its cleanup and unregisters it once
 * it cleaned up itself.
 */
type Cleanup = () => Promise<unknown> | unknown;

const pending = new Set<Cleanup>();
let installed = false;

export function registerCleanup(cleanup: Cleanup): () => void {
  install();
  pending.add(cleanup);
  return () => pending.delete(cleanup);
}

function install(): void {
  if (installed) return;
  installed = true;
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => {
      console.log(`\n${signal}: cleaning up before exit`);
      void runAll().finally(() => process.exit(130));
    });
  }
}

async function runAll(): Promise<void> {
  for (const cleanup of [...pending].reverse()) {
    try {
      await cleanup();
    } catch (error) {
      console.error(`cleanup failed: ${String(error)}`);
    }
  }
  pending.clear();
}
