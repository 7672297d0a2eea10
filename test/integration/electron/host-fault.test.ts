/**
 * A redemption whose answer is lost: the real backend commits it and dies before answering
 * (TILLCARD_FAULT=exit-after-commit). The terminal must say "outcome unknown", never "declined",
 * keep the tender pending, and a retry of the same tender after the restart must learn, by asking
 * about its key, the one redemption that was applied — the card is charged once.
 */
import { randomUUID } from 'node:crypto';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTerminalHost, type TerminalHost } from '../../../electron/host/handlers.js';
import { outboxPath } from '../../../electron/host/tenders/outbox.js';
import { createBackendProcess, type BackendProcess } from '../../../scripts/start/backend-process.js';
import { runDemoSeed, type DemoData } from '../../../scripts/start/demo-seed.js';
import { backendEnv } from '../../e2e/support/backend-env.js';

const PROJECT_DIR = resolve(import.meta.dirname, '../../..');
let root: string;
let demo: DemoData;
const backends: BackendProcess[] = [];
const hosts: TerminalHost[] = [];

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'tillcard-host-fault-'));
  demo = await runDemoSeed({ cwd: PROJECT_DIR, env: backendEnv(join(root, 'backend')) });
});

afterAll(async () => {
  for (const host of hosts) await host.close();
  for (const backend of backends) await backend.stop();
  await rm(root, { recursive: true, force: true });
});

async function startBackend(port: number, fault?: string): Promise<BackendProcess> {
  const env = { ...backendEnv(join(root, 'backend')), ...(fault ? { TILLCARD_FAULT: fault } : {}) };
  const backend = createBackendProcess({ cwd: PROJECT_DIR, env, port, logFile: join(root, 'backend.log') });
  backends.push(backend);
  await backend.start();
  return backend;
}

async function startHost(folder: string, backendUrl: string): Promise<TerminalHost> {
  const host = await createTerminalHost({
    terminalDir: join(root, folder),
    env: { TILLCARD_BACKEND_URL: backendUrl, TILLCARD_TERMINAL_KEY: demo.terminal.key },
    probeIntervalMs: 200,
  });
  hosts.push(host);
  return host;
}

/** The nth active demo card with at least 10.00 on it: each test takes its own. */
function activeCard(nth: number): DemoData['cards'][number] {
  const card = demo.cards.filter((candidate) => candidate.status === 'active' && candidate.balanceMinor >= 1000)[nth];
  if (!card) throw new Error(`the demo data has no ${nth + 1}th active card with at least 10.00 on it`);
  return card;
}

describe('terminal host when the answer to a redemption is lost', () => {
  it('reports outcome_unknown, keeps it pending, and a retry of the tender charges once', async () => {
    const faulty = await startBackend(0, 'exit-after-commit');
    const host = await startHost('terminal', faulty.url);
    const card = activeCard(0);
    expect((await host.signIn({ cashierId: demo.cashier.id, pin: demo.cashier.pin })).ok).toBe(true);

    const tender = { tenderId: randomUUID(), code: card.code, amountMinor: 700, currency: card.currency };
    const lost = await host.redeem(tender);
    expect(lost).toMatchObject({ ok: false, error: { code: 'outcome_unknown' } });
    expect(await host.getStatus({})).toMatchObject({ ok: true, value: { pendingCount: 1 } });

    await startBackend(faulty.port);
    const retried = await host.redeem(tender);
    expect(retried).toMatchObject({
      ok: true,
      value: {
        redemption: {
          amountMinor: 700,
          balanceBeforeMinor: card.balanceMinor,
          balanceAfterMinor: card.balanceMinor - 700,
        },
      },
    });
    expect(await host.getStatus({})).toMatchObject({ ok: true, value: { pendingCount: 0 } });
    const lookup = await host.lookupCard({ code: card.code });
    expect(lookup).toMatchObject({ ok: true, value: { card: { balanceMinor: card.balanceMinor - 700 } } });

    const states = (await readFile(outboxPath(join(root, 'terminal')), 'utf8'))
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line) as { state: string; idempotencyKey: string });
    // The retry asks the backend about the key instead of sending the request again.
    expect(states.map((entry) => entry.state)).toEqual(['sending', 'unknown', 'applied']);
    expect(new Set(states.map((entry) => entry.idempotencyKey)).size).toBe(1);
  });

  it('a 500 from the backend after its commit is checked by key, not taken as "nothing was charged"', async () => {
    // One backend at a time on the demo store's data.
    for (const backend of backends) await backend.stop();
    const failing = await startBackend(0, 'error-after-commit');
    const host = await startHost('terminal-500', failing.url);
    const card = activeCard(1);
    expect((await host.signIn({ cashierId: demo.cashier.id, pin: demo.cashier.pin })).ok).toBe(true);

    const tender = { tenderId: randomUUID(), code: card.code, amountMinor: 500, currency: card.currency };
    // The backend's answer was internal_error, yet the debit stands: asking by key finds it at once.
    expect(await host.redeem(tender)).toMatchObject({
      ok: true,
      value: { redemption: { amountMinor: 500, balanceAfterMinor: card.balanceMinor - 500 } },
    });
    expect(await host.getStatus({})).toMatchObject({ ok: true, value: { pendingCount: 0 } });
    const lookup = await host.lookupCard({ code: card.code });
    expect(lookup).toMatchObject({ ok: true, value: { card: { balanceMinor: card.balanceMinor - 500 } } });
  });
});
