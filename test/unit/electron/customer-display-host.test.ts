import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createTerminalHost } from '../../../electron/host/handlers.js';
import type { CustomerView } from '../../../shared/customer-display.js';

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

async function host() {
  const dir = await mkdtemp(join(tmpdir(), 'tillcard-customer-'));
  const terminal = await createTerminalHost({ terminalDir: dir, env: {}, probeIntervalMs: 60_000 });
  cleanups.push(async () => {
    await terminal.close();
    await rm(dir, { recursive: true, force: true });
  });
  return terminal;
}

const balance: CustomerView = {
  kind: 'balance',
  storeName: 'Demo Store',
  locale: 'en-US',
  language: 'en',
  last4: 'CZP5',
  currency: 'USD',
  balanceMinor: 5_000,
};

describe('host: customer display', () => {
  it('starts on the welcome', async () => {
    expect(await (await host()).customerView({})).toEqual({
      ok: true,
      value: { kind: 'idle', storeName: null, locale: 'en-US', language: 'en' },
    });
  });

  it('passes a published view to every display and keeps it for one that opens later', async () => {
    const terminal = await host();
    const seen: [string, CustomerView][] = [];
    terminal.on('customerDisplay', (view) => seen.push(['first', view]));
    terminal.on('customerDisplay', (view) => seen.push(['second', view]));
    expect(await terminal.publishCustomerView(balance)).toEqual({ ok: true, value: { shown: true } });
    expect(seen).toEqual([
      ['first', balance],
      ['second', balance],
    ]);
    expect(await terminal.customerView({})).toEqual({ ok: true, value: balance });
  });

  it('refuses a view carrying anything beyond the customer-safe fields, and shows nothing of it', async () => {
    const terminal = await host();
    const seen: CustomerView[] = [];
    terminal.on('customerDisplay', (view) => seen.push(view));
    const withCode = { ...balance, code: 'AS25NJZ1JXCZCP5' } as unknown as CustomerView;
    expect(await terminal.publishCustomerView(withCode)).toMatchObject({ ok: false, error: { code: 'bad_request' } });
    const fullCode = { ...balance, last4: 'AS25NJZ1JXCZCP5' };
    expect(await terminal.publishCustomerView(fullCode)).toMatchObject({ ok: false, error: { code: 'bad_request' } });
    expect(seen).toEqual([]);
    expect(await terminal.customerView({})).toMatchObject({ ok: true, value: { kind: 'idle' } });
  });
});
