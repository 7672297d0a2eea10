/**
 * The terminal folder holds the terminal key, the outbox (card last 4s, amounts) and the logs: a
 * host started on a folder an older version left open closes it, and what it writes is 0600.
 */
import { chmod, mkdtemp, readdir, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, expect, it } from 'vitest';
import { updateTerminalConfig } from '../../../electron/host/config-file.js';
import { createTerminalHost } from '../../../electron/host/handlers.js';

const modeOf = async (path: string) => (await stat(path)).mode & 0o777;
let root: string;

afterEach(async () => {
  await rm(root, { recursive: true, force: true });
});

it('tightens a terminal folder left 0755 to 0700 at start, and writes config, outbox and log 0600', async () => {
  root = await mkdtemp(join(tmpdir(), 'tillcard-modes-'));
  const terminalDir = join(root, 'terminal');
  await updateTerminalConfig(terminalDir, { backendUrl: 'http://127.0.0.1:9', terminalKey: 'tk_secret' });
  await chmod(terminalDir, 0o755);
  // A config.json an older version wrote for everyone to read.
  await writeFile(join(terminalDir, 'config.json'), JSON.stringify({ terminalKey: 'tk_secret' }), { mode: 0o644 });
  await chmod(join(terminalDir, 'config.json'), 0o644);

  const host = await createTerminalHost({ terminalDir, env: {} });
  try {
    expect(await modeOf(terminalDir)).toBe(0o700);
    await updateTerminalConfig(terminalDir, { kiosk: false });
    expect(await modeOf(join(terminalDir, 'config.json'))).toBe(0o600);
    expect(await modeOf(join(terminalDir, 'logs'))).toBe(0o700);
    expect(await modeOf(join(terminalDir, 'logs', 'terminal.log'))).toBe(0o600);
    for (const name of await readdir(terminalDir)) {
      if (name.endsWith('.jsonl')) expect(await modeOf(join(terminalDir, name))).toBe(0o600);
    }
  } finally {
    await host.close();
  }
});
