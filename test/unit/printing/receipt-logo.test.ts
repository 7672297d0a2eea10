import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadPrinterSettings } from '../../../electron/host/printing/printer-settings.js';
import { renderEscPos, renderSvg } from '../../../electron/host/printing/render-receipt.js';
import { RECEIPT_LOGO_PNG_BASE64 } from '../../../shared/receipt/receipt-logo.js';
import { redemptionReceipt } from '../../../shared/receipt/redemption-receipt.js';
import { escposToText } from '../../fixtures/escpos-text.js';
import { context, redemption } from './receipt-fixtures.js';

const receiptContext = context();
const document = redemptionReceipt(receiptContext, { redemption: redemption(), stillDueMinor: null });
/**
 * ESC/POS "store raster graphics" (GS 8 L … 48 112), monochrome, of the logo's size (200 × 36):
 * how receiptline sends this picture to the printer (the QR code uses the same command, another size).
 */
const RASTER_IMAGE = Buffer.from([0x30, 0x70, 0x30, 1, 1, 0x31, 200, 0, 36, 0]);

describe('receipt logo', () => {
  it('is the word mark of assets/logo.png', async () => {
    const file = await readFile(join(import.meta.dirname, '../../../assets/logo.png'));
    expect(RECEIPT_LOGO_PNG_BASE64).toBe(file.toString('base64'));
  });

  it('prints as a raster image before the store name when enabled, and not at all otherwise', () => {
    const withLogo = renderEscPos(document, 48, true);
    const withoutLogo = renderEscPos(document, 48);
    const imageAt = withLogo.indexOf(RASTER_IMAGE);
    expect(imageAt).toBeGreaterThanOrEqual(0);
    expect(withoutLogo.indexOf(RASTER_IMAGE)).toBe(-1);
    expect(withLogo.indexOf(Buffer.from(receiptContext.store.name, 'latin1'))).toBeGreaterThan(imageAt);
    // The logo adds a picture, not text: the receipt's words are the same.
    expect(escposToText(withoutLogo)).toContain(receiptContext.store.name);
  });

  it('heads the SVG receipt as an image when enabled', () => {
    const svg = renderSvg(document, 42, true);
    expect(svg).toMatch(/<image[^>]+href="data:image\/png;base64,/);
    expect(svg.indexOf('<image')).toBeLessThan(svg.indexOf('<text'));
    expect(renderSvg(document, 42)).not.toContain('<image');
  });

  it('is switched on by "logo": true in the printer object of config.json', async () => {
    const terminalDir = await mkdtemp(join(tmpdir(), 'tillcard-logo-'));
    try {
      expect((await loadPrinterSettings(terminalDir, {})).logo).toBe(false);
      await writeFile(join(terminalDir, 'config.json'), JSON.stringify({ printer: { logo: true } }));
      expect((await loadPrinterSettings(terminalDir, {})).logo).toBe(true);
    } finally {
      await rm(terminalDir, { recursive: true, force: true });
    }
  });
});
