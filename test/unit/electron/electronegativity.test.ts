// @doyensec/electronegativity over electron/ (scripts/electronegativity.mjs): no finding above
// informational except the reviewed ones of docs/security.md, and a weakened copy must fail.
import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const run = promisify(execFile);
let dir: string;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'tillcard-electronegativity-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function scan(input: string): Promise<{ ok: boolean; output: string }> {
  try {
    const { stdout, stderr } = await run('node', ['scripts/electronegativity.mjs', input]);
    return { ok: true, output: stdout + stderr };
  } catch (error) {
    const failed = error as { stdout: string; stderr: string };
    return { ok: false, output: failed.stdout + failed.stderr };
  }
}

async function copyWith(name: string, files: Record<string, string>): Promise<string> {
  const folder = join(dir, name);
  await mkdir(folder, { recursive: true });
  for (const [file, text] of Object.entries(files)) await writeFile(join(folder, file), text);
  return folder;
}

// Each scan waits about ten seconds for electronegativity's online lookups to give up offline.
describe.concurrent('electronegativity', { timeout: 90_000 }, () => {
  it('finds nothing above informational in electron/ that is not reviewed', async () => {
    const result = await scan('electron');
    expect(result.output).toMatch(/electronegativity: \d+ finding\(s\) above informational, 0 not reviewed/);
    expect(result.ok).toBe(true);
  });

  it('fails a window with Node integration and no isolation', async () => {
    const folder = await copyWith('node-integration', {
      'main.ts': [
        "import { BrowserWindow } from 'electron';",
        'export const window = new BrowserWindow({',
        '  webPreferences: { nodeIntegration: true, contextIsolation: false, sandbox: false },',
        '});',
      ].join('\n'),
    });
    const result = await scan(folder);
    expect(result.ok).toBe(false);
    expect(result.output).toMatch(/SANDBOX_JS_CHECK .*NOT REVIEWED/);
    expect(result.output).toMatch(/CONTEXT_ISOLATION_JS_CHECK .*NOT REVIEWED/);
  });

  it('fails when the CSP is weakened, though a milder CSP finding is reviewed', async () => {
    const security = await readFile('electron/security.ts', 'utf8');
    expect(security).toContain("\"default-src 'self'; ");
    const weakened = security.replace("\"default-src 'self'; ", "\"default-src 'self' 'unsafe-inline' 'unsafe-eval'; ");
    const main = await readFile('electron/main.ts', 'utf8');
    const folder = await copyWith('weak-csp', { 'security.ts': weakened, 'main.ts': main });
    const result = await scan(folder);
    expect(result.ok).toBe(false);
    expect(result.output).toMatch(/CSP_GLOBAL_CHECK security\.ts:\d+ .*NOT REVIEWED/);
  });
});
