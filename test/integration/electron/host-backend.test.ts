/**
 * The terminal host against the real backend (a child process on a fresh SQLite file, seeded with
 * the demo data by the admin CLI): sign in, look up, redeem, and one debit for a tender sent twice.
 */
import { randomUUID } from 'node:crypto';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTerminalHost, type TerminalHost } from '../../../electron/host/handlers.js';
import { logFilePath } from '../../../electron/host/logger.js';
import { outboxPath } from '../../../electron/host/tenders/outbox.js';
import { createBackendProcess, type BackendProcess } from '../../../scripts/start/backend-process.js';
import { runDemoSeed, type DemoData } from '../../../scripts/start/demo-seed.js';
import { normalizeCode } from '../../../shared/claim-code.js';
import { backendEnv } from '../../e2e/support/backend-env.js';

const PROJECT_DIR = resolve(import.meta.dirname, '../../..');
let root: string;
let demo: DemoData;
let backend: BackendProcess;
let host: TerminalHost;

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'tillcard-host-backend-'));
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

function activeCard() {
  const card = demo.cards.find((candidate) => candidate.status === 'active' && candidate.balanceMinor >= 1000);
  if (!card) throw new Error('the demo data has no active card with at least 10.00 on it');
  return card;
}

async function balanceOf(code: string): Promise<number> {
  const result = await host.lookupCard({ code });
  if (!result.ok) throw new Error(`lookup failed: ${result.error.code}`);
  return result.value.card.balanceMinor;
}

describe('terminal host against the real backend', () => {
  it('refuses a wrong PIN and signs the demo cashier in', async () => {
    const wrong = await host.signIn({ cashierId: demo.cashier.id, pin: demo.cashier.pin === '0000' ? '1111' : '0000' });
    expect(wrong.ok).toBe(false);
    const result = await host.signIn({ cashierId: demo.cashier.id, pin: demo.cashier.pin });
    expect(result).toMatchObject({ ok: true, value: { cashier: { id: demo.cashier.id }, shift: { status: 'open' } } });
    expect(await host.getStatus({})).toMatchObject({ ok: true, value: { configured: true, connection: 'online' } });
  });

  it('looks up a demo card and shows its balance', async () => {
    const card = activeCard();
    const result = await host.lookupCard({ code: card.code });
    expect(result).toMatchObject({ ok: true, value: { card: { status: 'active', balanceMinor: card.balanceMinor } } });
  });

  it('debits a tender once, however often it is sent', async () => {
    const card = activeCard();
    const before = await balanceOf(card.code);
    const tender = { tenderId: randomUUID(), code: card.code, amountMinor: 500, currency: card.currency };
    const [first, second] = await Promise.all([host.redeem(tender), host.redeem(tender)]);
    const third = await host.redeem(tender);
    expect(first).toMatchObject({ ok: true, value: { redemption: { amountMinor: 500, balanceBeforeMinor: before } } });
    expect(second).toEqual(first);
    expect(third).toEqual(first);
    expect(await balanceOf(card.code)).toBe(before - 500);
  });

  it('a new tender for the same card is a new debit', async () => {
    const card = activeCard();
    const before = await balanceOf(card.code);
    const result = await host.redeem({
      tenderId: randomUUID(),
      code: card.code,
      amountMinor: 100,
      currency: card.currency,
    });
    expect(result).toMatchObject({ ok: true, value: { redemption: { balanceAfterMinor: before - 100 } } });
  });

  it('passes a business decline through with its code', async () => {
    const card = activeCard();
    const balance = await balanceOf(card.code);
    const result = await host.redeem({
      tenderId: randomUUID(),
      code: card.code,
      amountMinor: balance + 1,
      currency: card.currency,
    });
    expect(result).toMatchObject({ ok: false, error: { code: 'insufficient_funds' } });
    expect(await balanceOf(card.code)).toBe(balance);
  });

  it('unlocks code entry with the manager PIN; a wrong one leaves the cashier signed in', async () => {
    const wrongPin = demo.manager.pin === '0000' ? '1111' : '0000';
    const wrong = await host.unlockEntry({ managerId: demo.manager.id, managerPin: wrongPin });
    // The backend names the wrong manager PIN; the cashier's session must survive it.
    expect(wrong.ok ? null : wrong.error.code).toBe('manager_pin_wrong');
    expect(await status()).toMatchObject({ session: { cashier: { id: demo.cashier.id } } });
    const right = await host.unlockEntry({ managerId: demo.manager.id, managerPin: demo.manager.pin });
    expect(right).toEqual({ ok: true, value: { unlocked: true } });
  });

  it('goes offline when the backend stops and online when it is back', async () => {
    const card = activeCard();
    await backend.stop();
    const result = await host.lookupCard({ code: card.code });
    expect(result).toMatchObject({ ok: false, error: { code: 'backend_unreachable' } });
    await expect.poll(async () => (await status()).connection).toBe('offline');
    await backend.start();
    await expect.poll(async () => (await status()).connection, { timeout: 10_000 }).toBe('online');
    expect((await host.lookupCard({ code: card.code })).ok).toBe(true);
  });

  it('never writes a card code, PIN, key or token to its log or outbox', async () => {
    const written =
      (await readFile(logFilePath(join(root, 'terminal')), 'utf8')) +
      (await readFile(outboxPath(join(root, 'terminal')), 'utf8'));
    for (const card of demo.cards) {
      expect(written).not.toContain(card.code);
      expect(written).not.toContain(normalizeCode(card.code));
    }
    expect(written).not.toContain(demo.terminal.key);
    expect(written).not.toContain(`"${demo.cashier.pin}"`);
  });
});

async function status() {
  const result = await host.getStatus({});
  if (!result.ok) throw new Error('getStatus failed');
  return result.value;
}
