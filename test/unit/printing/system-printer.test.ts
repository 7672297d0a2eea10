import { describe, expect, it } from 'vitest';
import type { PrinterSettings } from '../../../electron/host/printing/printer-settings.js';
import { createPrintingService } from '../../../electron/host/printing/printing-service.js';
import { svgText } from '../../fixtures/escpos-text.js';
import { redemptionReceipt } from '../../../shared/receipt/redemption-receipt.js';
import { context, redemption } from './receipt-fixtures.js';

const settings: PrinterSettings = {
  target: { transport: 'system' },
  columns: 42,
  autoPrint: 'always',
  footer: '',
  problem: null,
};
const logger = { info: () => undefined, warn: () => undefined };
const receipt = () => redemptionReceipt(context(), { redemption: redemption(), stillDueMinor: null });

describe('the system printer', () => {
  it('in browser mode hands the SVG to the window, which opens the print dialog', async () => {
    const service = createPrintingService({ settings, transport: null, logger, onStatus: () => undefined });
    const outcome = await service.print(receipt());
    expect(outcome.delivery).toBe('window');
    expect(outcome.svg).toContain('<svg');
    expect(outcome.svg).not.toContain('googleapis');
    expect(svgText(outcome.svg ?? '')).toMatch(/Remaining balance\s+\$37\.66/);
  });

  it('in Electron prints silently; a refused job waits and prints once on Retry', async () => {
    const printed: string[] = [];
    let accepting = false;
    const service = createPrintingService({
      settings,
      transport: null,
      logger,
      onStatus: () => undefined,
      systemPrint: async (svg) => {
        if (!accepting) throw new Error('system printer: no printer');
        printed.push(svg);
      },
    });
    const first = await service.print(receipt());
    expect(first).toMatchObject({ delivery: 'queued', svg: null, status: { condition: 'offline', queuedCount: 1 } });
    accepting = true;
    expect((await service.retry()).delivery).toBe('printed');
    await service.retry();
    expect(printed).toHaveLength(1);
    expect(svgText(printed[0] ?? '')).toContain('rdm_7f3a9c2e');
  });
});
