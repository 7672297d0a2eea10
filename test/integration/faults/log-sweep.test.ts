/**
 * The log sweep: a run at debug level through every network fault, a restart, wrong PINs and a
 * shift close, then every line the terminal and the backend wrote — the terminal log, the outbox
 * and the backend's log — is searched for a secret: a full card code (with or without dashes),
 * a PIN as a value, the terminal key or a session token. None may be there.
 */
import { randomUUID } from 'node:crypto';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTerminalHost, type TerminalHost } from '../../../electron/host/handlers.js';
import { createTerminalLogger, logFilePath } from '../../../electron/host/logger.js';
import { outboxPath } from '../../../electron/host/tenders/outbox.js';
import { createBackendProcess, type BackendProcess } from '../../../scripts/start/backend-process.js';
import { runDemoSeed, type DemoData } from '../../../scripts/start/demo-seed.js';
import { backendEnv } from '../../e2e/support/backend-env.js';
import { startFaultProxy, type FaultMode, type FaultProxy } from '../../support/fault-proxy.js';

const PROJECT_DIR = resolve(import.meta.dirname, '../../..');
const WRONG_PIN = '5719';
let root: string;
let demo: DemoData;
let backend: BackendProcess;
let proxy: FaultProxy;
const hosts: TerminalHost[] = [];
const sessionTokens = new Set<string>();

/** Passes every call through, noting each session token the host sends (only the test sees it). */
const tokenSpy: typeof fetch = (input, init) => {
  const token = new Headers(init?.headers).get('x-session-token');
  if (token) sessionTokens.add(token);
  return fetch(input, init);
};

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'tillcard-log-sweep-'));
  const env = backendEnv(join(root, 'backend'));
  demo = await runDemoSeed({ cwd: PROJECT_DIR, env });
  backend = createBackendProcess({
    cwd: PROJECT_DIR,
    env: { ...env, LOG_LEVEL: 'debug' },
    port: 0,
    logFile: join(root, 'backend.log'),
  });
  await backend.start();
  proxy = await startFaultProxy(backend.url);
}, 120_000);

afterAll(async () => {
  for (const host of hosts) await host.close();
  await proxy?.close();
  await backend?.stop();
  await rm(root, { recursive: true, force: true });
});

async function openHost(): Promise<TerminalHost> {
  const terminalDir = join(root, 'terminal');
  const host = await createTerminalHost({
    terminalDir,
    env: { TILLCARD_BACKEND_URL: proxy.url, TILLCARD_TERMINAL_KEY: demo.terminal.key },
    logger: createTerminalLogger(terminalDir, 'debug'),
    fetch: tokenSpy,
    probeIntervalMs: 60_000,
    redeemTimeoutMs: 1_500,
    recoveryFirstDelayMs: 50,
  });
  hosts.push(host);
  return host;
}

/** Every string value in a JSON line, however deep. */
function stringValues(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(stringValues);
  if (value && typeof value === 'object') return Object.values(value).flatMap(stringValues);
  return [];
}

describe('log sweep at debug level', () => {
  it('no full code, PIN, terminal key or session token in any log or outbox line', async () => {
    let host = await openHost();
    const cashier = { cashierId: demo.cashier.id, pin: demo.cashier.pin };
    expect((await host.signIn({ cashierId: demo.cashier.id, pin: WRONG_PIN })).ok).toBe(false);
    expect((await host.signIn(cashier)).ok).toBe(true);
    const cards = demo.cards.filter((card) => card.status === 'active' && card.balanceMinor >= 500);
    const card = cards[0];
    if (!card) throw new Error('the demo data has no active card with 5.00 on it');
    await host.lookupCard({ code: card.code });
    const modes: FaultMode[] = ['drop-response', 'drop-request', 'cut-mid-body', 'duplicate', 'delay-request'];
    for (const mode of modes) {
      proxy.addRule({ mode, delayMs: 2_500 });
      await host.redeem({ tenderId: randomUUID(), code: card.code, amountMinor: 100, currency: card.currency });
    }
    await proxy.settled();
    await host.unlockEntry({ managerId: demo.manager.id, managerPin: WRONG_PIN });
    await host.close();
    host = await openHost();
    expect((await host.signIn(cashier)).ok).toBe(true);
    expect((await host.closeShift({})).ok).toBe(true);

    const files = {
      terminalLog: await readFile(logFilePath(join(root, 'terminal')), 'utf8'),
      outbox: await readFile(outboxPath(join(root, 'terminal')), 'utf8'),
      backendLog: await readFile(join(root, 'backend.log'), 'utf8'),
    };
    // The sweep must have something to sweep: debug lines from both sides and the card's last 4.
    expect(files.terminalLog).toContain(card.code.slice(-4));
    expect(files.backendLog.split('\n').length).toBeGreaterThan(20);
    expect(sessionTokens.size).toBeGreaterThan(0);

    const pins = new Set([demo.cashier.pin, demo.manager.pin, WRONG_PIN]);
    const secrets = [
      ...demo.cards.flatMap((each) => [each.code, each.code.replace(/-/g, '')]),
      demo.terminal.key,
      ...sessionTokens,
    ];
    const leaks: string[] = [];
    for (const [name, text] of Object.entries(files)) {
      for (const secret of secrets)
        if (text.includes(secret)) leaks.push(`${name} holds a secret ending ${secret.slice(-4)}`);
      for (const line of text.split('\n')) {
        if (!line.startsWith('{')) continue;
        const values = stringValues(JSON.parse(line) as unknown);
        if (values.some((value) => pins.has(value))) leaks.push(`${name} holds a PIN as a value`);
      }
    }
    expect(leaks).toEqual([]);
  }, 120_000);
});
