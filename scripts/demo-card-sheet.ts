/**
 * The printable demo card sheet: each demo card's code as Code 128 and as a QR code, so a new
 * user can redeem a demo card by holding the sheet to a webcam or a scanner. Written as HTML
 * (printable from any browser), and as PDF and PNG when a Chromium is found to render them.
 *
 * `tsx scripts/demo-card-sheet.ts <demo.json> <out-dir>` writes it from `admin demo --json` output;
 * `npm start` calls writeDemoCardSheet() when it seeds the demo data.
 */
import { access, mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import bwipjs from 'bwip-js/node';
import { chromium } from '@playwright/test';
import { CODE_LENGTH, formatCode, normalizeCode } from '../shared/claim-code.js';
import { formatMoney } from '../shared/money.js';

export interface SheetCard {
  code: string;
  status: string;
  currency: string;
  balanceMinor: number;
}

export interface DemoCardSheet {
  html: string;
  pdf: string | null;
  png: string | null;
}

export const SHEET_BASENAME = 'demo-cards';

const exists = (path: string) =>
  access(path).then(
    () => true,
    () => false,
  );

function escapeHtml(text: string): string {
  return text.replace(/[&<>"]/g, (ch) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[ch] ?? ch);
}

function cardHtml(card: SheetCard): string {
  const code = normalizeCode(card.code);
  const code128 = bwipjs.toSVG({ bcid: 'code128', text: code, scale: 2, height: 14, includetext: false });
  const qr = bwipjs.toSVG({ bcid: 'qrcode', text: code, scale: 3 });
  const balance = formatMoney(card.balanceMinor, card.currency, 'en-US');
  return `<section class="card">
  <div class="barcodes"><div class="c128">${code128}</div><div class="qr">${qr}</div></div>
  <p class="code">${escapeHtml(code.length === CODE_LENGTH ? formatCode(code) : code)}</p>
  <p class="meta">${escapeHtml(card.status)} · ${escapeHtml(balance)}</p>
</section>`;
}

export function demoCardSheetHtml(cards: SheetCard[]): string {
  return `<!doctype html><html><head><meta charset="utf-8"><title>Tillcard demo cards</title><style>
  body { font-family: 'DejaVu Sans', sans-serif; margin: 12mm; color: #111; }
  h1 { font-size: 16pt; margin: 0 0 4mm; } .lead { margin: 0 0 6mm; font-size: 10pt; }
  .grid { display: grid; grid-template-columns: 1fr 1fr; gap: 6mm; }
  .card { border: 1px dashed #999; border-radius: 3mm; padding: 4mm; break-inside: avoid; }
  .barcodes { display: flex; align-items: center; gap: 4mm; }
  /* The Code 128 takes what the QR leaves of the card's width, so a card never runs off an A4 page. */
  .c128 { flex: 1 1 auto; min-width: 0; } .c128 svg { display: block; width: 100%; height: auto; }
  .qr { flex: 0 0 22mm; } .qr svg { display: block; width: 22mm; height: auto; } .code { font: 12pt monospace; margin: 2mm 0 0; } .meta { font-size: 9pt; margin: 1mm 0 0; color: #444; }
</style></head><body>
<h1>Tillcard demo cards</h1>
<p class="lead">Demo data only. Scan a card's Code 128 or QR code with a scanner or the terminal's camera, or type the code.</p>
<div class="grid">${cards.map(cardHtml).join('\n')}</div>
</body></html>`;
}

/** Writes demo-cards.html, and .pdf and .png when `chromiumPath` is given and renders. */
export async function writeDemoCardSheet(
  cards: SheetCard[],
  outDir: string,
  chromiumPath: string | null,
): Promise<DemoCardSheet> {
  await mkdir(outDir, { recursive: true });
  const html = join(outDir, `${SHEET_BASENAME}.html`);
  const markup = demoCardSheetHtml(cards);
  const pdf = join(outDir, `${SHEET_BASENAME}.pdf`);
  const png = join(outDir, `${SHEET_BASENAME}.png`);
  // The same cards as last time: the sheet already printed stays valid, no need to render again.
  const previous = await readFile(html, 'utf8').catch(() => null);
  if (previous === markup && (await exists(pdf)) && (await exists(png))) return { html, pdf, png };
  await writeFile(html, markup);
  if (chromiumPath === null) return { html, pdf: null, png: null };
  const browser = await chromium.launch({
    executablePath: chromiumPath,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run'],
  });
  try {
    // A4's width in CSS pixels, drawn at twice the density: the PNG looks like the printed page.
    const page = await browser.newPage({ viewport: { width: 794, height: 1123 }, deviceScaleFactor: 2 });
    await page.setContent(markup);
    await page.pdf({ path: pdf, format: 'A4', printBackground: true });
    await page.screenshot({ path: png, fullPage: true });
    return { html, pdf, png };
  } finally {
    await browser.close();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [demoFile, outDir] = process.argv.slice(2);
  if (!demoFile || !outDir) {
    console.error('usage: tsx scripts/demo-card-sheet.ts <demo.json> <out-dir>');
    process.exit(2);
  }
  const demo = JSON.parse(await readFile(demoFile, 'utf8')) as { cards: SheetCard[] };
  const { findChromium } = await import('../electron/launch/app-window.js');
  const sheet = await writeDemoCardSheet(demo.cards, outDir, findChromium(process.env));
  for (const path of [sheet.html, sheet.pdf, sheet.png]) if (path) console.log(`demo card sheet: ${path}`);
}
