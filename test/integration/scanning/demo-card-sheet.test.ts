import { mkdtemp, readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { writeDemoCardSheet } from '../../../scripts/demo-card-sheet.js';
import { findChromium } from '../../../scripts/start/app-window.js';

const CARDS = [
  { code: 'AS25-NJZ1JX-CZCP5', status: 'active', currency: 'USD', balanceMinor: 5_000 },
  { code: 'LEGACY12345', status: 'frozen', currency: 'EUR', balanceMinor: 100 },
];
const dirs: string[] = [];

afterEach(async () => {
  for (const dir of dirs.splice(0)) await rm(dir, { recursive: true, force: true });
});

describe('demo card sheet', () => {
  const chromium = findChromium(process.env);

  it.skipIf(chromium === null)(
    'writes HTML, PDF and PNG with a Code 128 and a QR per card, once per set of cards',
    async () => {
      const dir = await mkdtemp(join(tmpdir(), 'tillcard-sheet-'));
      dirs.push(dir);
      const sheet = await writeDemoCardSheet(CARDS, dir, chromium);
      const html = await readFile(sheet.html, 'utf8');
      expect(html.match(/<svg/g)).toHaveLength(CARDS.length * 2);
      expect(html).toContain('AS25-NJZ1JX-CZCP5');
      expect((await readFile(sheet.pdf ?? '')).subarray(0, 5).toString()).toBe('%PDF-');
      expect((await readFile(sheet.png ?? '')).subarray(1, 4).toString()).toBe('PNG');

      const pdfTime = (await stat(sheet.pdf ?? '')).mtimeMs;
      await writeDemoCardSheet(CARDS, dir, chromium);
      expect((await stat(sheet.pdf ?? '')).mtimeMs).toBe(pdfTime);
    },
  );

  it('writes the HTML sheet even without a Chromium', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'tillcard-sheet-'));
    dirs.push(dir);
    const sheet = await writeDemoCardSheet(CARDS, dir, null);
    expect(sheet.pdf).toBeNull();
    expect(await readFile(sheet.html, 'utf8')).toContain('LEGACY12345'.replace(/L/g, '1'));
  });
});
