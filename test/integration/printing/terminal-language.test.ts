/**
 * The host speaks the terminal's language where it writes words itself: printer status messages,
 * Save as PDF receipts, and the customer display's first view (before a cashier's screen has
 * published one).
 */
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { updateTerminalConfig } from '../../../electron/host/config-file.js';
import { defaultReceiptFolder } from '../../../electron/host/printing/create-transport.js';
import { createTerminalHost } from '../../../electron/host/handlers.js';
import { redemptionReceipt } from '../../../shared/receipt/redemption-receipt.js';
import { pdfText } from '../../fixtures/pdf-receipt-reader.js';
import { context, redemption } from '../../unit/printing/receipt-fixtures.js';
import { printingTo } from './printing-fixture.js';

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.reverse()) await cleanup().catch(() => undefined);
  cleanups.length = 0;
});

async function terminalDir(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'tillcard-language-'));
  cleanups.push(() => rm(dir, { recursive: true, force: true }));
  return dir;
}

describe.each([
  ['en', 'No receipt printer is set up', 'en-US'],
  ['es', 'No hay ninguna impresora de tickets configurada', 'es-US'],
] as const)('a terminal set to %s', (language, notConfigured, locale) => {
  it('says the printer state and greets the customer in its language', async () => {
    const dir = await terminalDir();
    // The language as a manager's save in Settings → Language writes it.
    await updateTerminalConfig(dir, { language });
    const host = await createTerminalHost({
      terminalDir: dir,
      env: { TILLCARD_PRINTER: 'none' },
      probeIntervalMs: 60_000,
    });
    cleanups.push(() => host.close());

    const status = await host.printerStatus({});
    expect(status.ok && status.value).toMatchObject({ condition: 'not_configured', message: notConfigured });
    const view = await host.customerView({});
    expect(view.ok && view.value).toEqual({ kind: 'idle', storeName: null, locale, language });
  });
});

it('saves a PDF receipt whose text is Spanish, money and date in the store’s Spanish', async () => {
  const dir = await terminalDir();
  const { service } = printingTo({ transport: 'pdf' }, 42, dir);
  await service.print(
    redemptionReceipt(context({}, 'es'), { redemption: redemption({ id: 'rdm_es_1' }), stillDueMinor: 766 }),
  );
  const folder = defaultReceiptFolder(dir);
  const [file = ''] = await readdir(folder);
  const text = await pdfText(join(folder, file));
  expect(text).toContain('Canje de tarjeta regalo');
  expect(text).toMatch(/Saldo restante\s+\$37\.66/);
  expect(text).toMatch(/Importe pendiente\s+\$7\.66/);
  expect(text).toMatch(/Fecha\s+22 nov 2026, 10:30/);
  expect(text).not.toMatch(/Remaining balance|Gift card/);
});
