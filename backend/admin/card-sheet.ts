/**
 * A printable sheet of cards: each card's code as a Code 128 (and, on the demo sheet, a QR code)
 * above the code in 4-6-5 groups. Written as HTML and rendered to PDF (and PNG) by a Chromium.
 * The demo card sheet (scripts/demo-card-sheet.ts) and the stock sheet for the card printer
 * (`admin cards stock`, stock-admin.ts) are both this sheet.
 */
import { accessSync, constants } from 'node:fs';
import { delimiter, join } from 'node:path';
import bwipjs from 'bwip-js/node';
import { CODE_LENGTH, formatCode, normalizeCode } from '../../shared/claim-code.js';

export interface CardSheetCard {
  code: string;
  /** A short line under the code (the demo sheet: status and balance); none when absent. */
  meta?: string;
}

export interface CardSheetOptions {
  title: string;
  lead: string;
  /** A QR code beside the Code 128 (the demo sheet, for a webcam); the stock sheet has the Code 128 only. */
  qr: boolean;
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"]/g, (ch) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[ch] ?? ch);
}

function cardHtml(card: CardSheetCard, options: CardSheetOptions): string {
  const code = normalizeCode(card.code);
  const code128 = bwipjs.toSVG({ bcid: 'code128', text: code, scale: 2, height: 14, includetext: false });
  const qr = options.qr ? `<div class="qr">${bwipjs.toSVG({ bcid: 'qrcode', text: code, scale: 3 })}</div>` : '';
  const meta = card.meta === undefined ? '' : `\n  <p class="meta">${escapeHtml(card.meta)}</p>`;
  return `<section class="card">
  <div class="barcodes"><div class="c128">${code128}</div>${qr}</div>
  <p class="code">${escapeHtml(code.length === CODE_LENGTH ? formatCode(code) : code)}</p>${meta}
</section>`;
}

export function cardSheetHtml(cards: readonly CardSheetCard[], options: CardSheetOptions): string {
  return `<!doctype html><html><head><meta charset="utf-8"><title>${escapeHtml(options.title)}</title><style>
  body { font-family: 'DejaVu Sans', sans-serif; margin: 12mm; color: #111; }
  h1 { font-size: 16pt; margin: 0 0 4mm; } .lead { margin: 0 0 6mm; font-size: 10pt; }
  .grid { display: grid; grid-template-columns: 1fr 1fr; gap: 6mm; }
  .card { border: 1px dashed #999; border-radius: 3mm; padding: 4mm; break-inside: avoid; }
  .barcodes { display: flex; align-items: center; gap: 4mm; }
  /* The Code 128 takes what the QR leaves of the card's width, so a card never runs off an A4 page. */
  .c128 { flex: 1 1 auto; min-width: 0; } .c128 svg { display: block; width: 100%; height: auto; }
  .qr { flex: 0 0 22mm; } .qr svg { display: block; width: 22mm; height: auto; } .code { font: 12pt monospace; margin: 2mm 0 0; } .meta { font-size: 9pt; margin: 1mm 0 0; color: #444; }
</style></head><body>
<h1>${escapeHtml(options.title)}</h1>
<p class="lead">${escapeHtml(options.lead)}</p>
<div class="grid">${cards.map((card) => cardHtml(card, options)).join('\n')}</div>
</body></html>`;
}

/** Renders the sheet's markup to an A4 PDF, and to a PNG of its first page when `png` is given. */
export async function renderCardSheet(
  markup: string,
  chromiumPath: string,
  out: { pdf: string; png?: string },
): Promise<void> {
  // Loaded only when a sheet is rendered: nothing else the backend does needs a browser.
  const { chromium } = await import('@playwright/test');
  const browser = await chromium.launch({
    executablePath: chromiumPath,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run'],
  });
  try {
    // A4's width in CSS pixels, drawn at twice the density: the PNG looks like the printed page.
    const page = await browser.newPage({ viewport: { width: 794, height: 1123 }, deviceScaleFactor: 2 });
    await page.setContent(markup);
    await page.pdf({ path: out.pdf, format: 'A4', printBackground: true });
    if (out.png !== undefined) await page.screenshot({ path: out.png, fullPage: true });
  } finally {
    await browser.close();
  }
}

const BROWSER_NAMES = ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable'];

/** The Chromium that renders sheets: TILLCARD_CHROMIUM, else the first one on the PATH; null when none. */
export function sheetChromium(env: Record<string, string | undefined>): string | null {
  const candidates = [
    ...(env.TILLCARD_CHROMIUM ? [env.TILLCARD_CHROMIUM] : []),
    ...(env.PATH ?? '').split(delimiter).flatMap((folder) => BROWSER_NAMES.map((name) => join(folder, name))),
  ];
  return (
    candidates.find((candidate) => {
      try {
        accessSync(candidate, constants.X_OK);
        return true;
      } catch {
        return false;
      }
    }) ?? null
  );
}
