/**
 * Crash tests: the browser-mode terminal host runs as a child process and is killed (SIGKILL) at
 * a random moment of a redemption — before the request leaves, while the backend works on it, or
 * after it committed. A new host on the same terminal folder must settle the tender before it
 * sends anything new, and the card is charged exactly once or not at all, as the host then says.
 */
import { randomUUID } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it, vi } from 'vitest';
import { writeTerminalConfig } from '../../../electron/host/config-file.js';
import { outboxPath, replayOutbox } from '../../../electron/host/tenders/outbox.js';
import type { Redemption } from '../../../shared/backend-api.js';
import type { TerminalStatus } from '../../../shared/terminal-api.js';
import {
  cardBalance,
  describeEachDialect,
  ledgerMismatches,
  startTestBackend,
  type SeededStore,
  type TestBackend,
} from '../../fixtures/backend/index.js';
import { startFaultProxy, type FaultProxy } from '../../support/fault-proxy.js';
import { startHostChild } from './host-child.js';

const ROUNDS = 4;
const AMOUNT_MINOR = 700;

describeEachDialect('terminal host killed mid-redemption', (dialect) => {
  let backend: TestBackend;
  let seeded: SeededStore;
  let proxy: FaultProxy;
  let root: string;

  beforeAll(async () => {
    backend = await startTestBackend({ dialect });
    seeded = await backend.seed.store();
    proxy = await startFaultProxy(backend.url);
    root = await mkdtemp(join(tmpdir(), 'tillcard-crash-'));
  });
  afterAll(async () => {
    await proxy?.close();
    await backend?.close();
    await rm(root, { recursive: true, force: true });
  });

  it(`${ROUNDS} random kills: each tender charged once or not at all, and the restarted host says which`, async () => {
    const terminalDir = join(root, `terminal-${dialect}`);
    await writeTerminalConfig(terminalDir, { backendUrl: proxy.url, terminalKey: seeded.terminal.key });
    const cashier = { cashierId: seeded.cashier.id, pin: seeded.cashier.pin };
    for (let round = 0; round < ROUNDS; round++) {
      const card = await backend.seed.card(seeded.store, 5_000);
      // Half the rounds hold the backend's answer back, so the kill lands after the commit.
      if (round % 2 === 1) proxy.addRule({ mode: 'delay-response', delayMs: 400 });
      const killAfterMs = Math.floor(Math.random() * 300);
      const host = await startHostChild(terminalDir);
      expect((await host.call('signIn', cashier)).ok).toBe(true);
      const tenderId = randomUUID();
      host.send('redeem', { tenderId, code: card.code, amountMinor: AMOUNT_MINOR, currency: 'USD' });
      await new Promise((waited) => setTimeout(waited, killAfterMs));
      await host.kill();
      proxy.clearRules();
      await proxy.settled();

      const restarted = await startHostChild(terminalDir);
      try {
        await vi.waitFor(
          async () => {
            const status = await restarted.call<TerminalStatus>('getStatus', {});
            expect(status).toMatchObject({ ok: true, value: { pendingCount: 0 } });
          },
          { timeout: 20_000, interval: 100 },
        );
        const charged = 5_000 - (await cardBalance(backend.database, card.id));
        expect([0, AMOUNT_MINOR], `round ${round}, killed after ${killAfterMs} ms`).toContain(charged);
        const entry = (await replayOutbox(outboxPath(terminalDir))).get(tenderId);
        // What the host says: applied (approved) exactly when the card was charged.
        expect(entry?.state === 'applied', `round ${round}: outbox says ${entry?.state ?? 'nothing'}`).toBe(
          charged === AMOUNT_MINOR,
        );
        // And the same tender asked again answers from what the host settled, without charging.
        expect((await restarted.call('signIn', cashier)).ok).toBe(true);
        const again = await restarted.call<{ redemption: Redemption }>('redeem', {
          tenderId,
          code: card.code,
          amountMinor: AMOUNT_MINOR,
          currency: 'USD',
        });
        if (charged === AMOUNT_MINOR)
          expect(again).toMatchObject({ ok: true, value: { redemption: { amountMinor: AMOUNT_MINOR } } });
        expect(5_000 - (await cardBalance(backend.database, card.id))).toBe(AMOUNT_MINOR);
      } finally {
        await restarted.kill();
      }
    }
    expect(await ledgerMismatches(backend.database)).toEqual([]);
  }, 240_000);
});
