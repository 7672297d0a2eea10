/**
 * The terminal host selling at the till against the real backend (a child process on a fresh
 * SQLite file, seeded with the demo data): one activation however often the same sale is asked
 * for, the store's own refusals, and the manager's liability.
 */
import { randomUUID } from 'node:crypto';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTerminalHost, type TerminalHost } from '../../../electron/host/handlers.js';
import { logFilePath } from '../../../electron/host/logger.js';
import { createBackendProcess, type BackendProcess } from '../../../scripts/start/backend-process.js';
import { runDemoSeed, type DemoData } from '../../../scripts/start/demo-seed.js';
import { backendEnv } from '../../e2e/support/backend-env.js';

const PROJECT_DIR = resolve(import.meta.dirname, '../../..');
let root: string;
let demo: DemoData;
let backend: BackendProcess;
let host: TerminalHost;

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'tillcard-host-sales-'));
  const env = backendEnv(join(root, 'backend'));
  demo = await runDemoSeed({ cwd: PROJECT_DIR, env });
  backend = createBackendProcess({ cwd: PROJECT_DIR, env, port: 0, logFile: join(root, 'backend.log') });
  await backend.start();
  host = await createTerminalHost({
    terminalDir: join(root, 'terminal'),
    env: { TILLCARD_BACKEND_URL: backend.url, TILLCARD_TERMINAL_KEY: demo.terminal.key },
    probeIntervalMs: 200,
  });
});

afterAll(async () => {
  await host?.close();
  await backend?.stop();
  await rm(root, { recursive: true, force: true });
});

function cardIn(status: string) {
  const card = demo.cards.find((candidate) => candidate.status === status);
  if (!card) throw new Error(`the demo data has no ${status} card`);
  return card;
}

describe('selling at the till through the terminal host', () => {
  it('activates a card of the stock once, however often the same sale is asked for', async () => {
    expect((await host.signIn({ cashierId: demo.cashier.id, pin: demo.cashier.pin })).ok).toBe(true);
    const card = cardIn('inactive');
    const sale = { saleId: randomUUID(), code: card.code, amountMinor: 2000, currency: 'USD' };
    const [first, second] = await Promise.all([host.activateCard(sale), host.activateCard(sale)]);
    expect(first).toMatchObject({ ok: true, value: { sale: { kind: 'activate', balanceAfterMinor: 2000 } } });
    expect(second).toEqual(first);
    const again = await host.activateCard(sale);
    expect(again).toEqual(first);
    const lookup = await host.lookupCard({ code: card.code });
    expect(lookup).toMatchObject({ ok: true, value: { card: { status: 'active', balanceMinor: 2000 } } });

    const twice = await host.activateCard({ ...sale, saleId: randomUUID() });
    expect(twice).toMatchObject({ ok: false, error: { code: 'card_already_active' } });
    const log = await readFile(logFilePath(join(root, 'terminal')), 'utf8');
    expect(log).not.toContain(card.code);
  });

  it('refuses a reload where the store does not allow it', async () => {
    const card = cardIn('active');
    const load = await host.loadCard({ saleId: randomUUID(), code: card.code, amountMinor: 1000, currency: 'USD' });
    expect(load).toMatchObject({ ok: false, error: { code: 'reload_not_allowed' } });
  });

  it("gives the manager the store's liability", async () => {
    await host.signOut({});
    expect((await host.signIn({ cashierId: demo.manager.id, pin: demo.manager.pin })).ok).toBe(true);
    const to = new Date(Date.now() + 60_000).toISOString();
    const report = await host.liabilityReport({ from: new Date(Date.now() - 3_600_000).toISOString(), to });
    expect(report.ok).toBe(true);
    if (!report.ok) return;
    const usd = report.value.liabilities.find((line) => line.currency === 'USD');
    expect(usd?.changeMinor).toBeGreaterThanOrEqual(2000);
    expect(usd?.outstandingMinor).toBeGreaterThan(0);
  });
});
