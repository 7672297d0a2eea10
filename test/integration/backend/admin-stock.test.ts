/**
 * `admin cards stock`: the real command line (through tsx, as `npm run admin` runs it) issues
 * inactive cards into the store's stock and writes the card printer's PDF sheet. The sheet is
 * rasterised with pdftoppm and every Code 128 on it is decoded by zxing-wasm: each one is an issued
 * code with a valid check character, printed under it in 4-6-5 groups, and its card is inactive, of
 * the store's region and currency, with nothing on it — and a till can sell it.
 */
import { execFile } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { prepareZXingModule, readBarcodes } from 'zxing-wasm/reader';
import { createRequire } from 'node:module';
import { codeHmac } from '../../../backend/crypto/hashing.js';
import { checkCode, formatCode } from '../../../shared/claim-code.js';
import {
  describeEachDialect,
  ledgerMismatches,
  signedIn,
  startTestBackend,
  type SeededStore,
  type TestBackend,
} from '../../fixtures/backend/index.js';

const run = promisify(execFile);
const COUNT = 12;
const CHROMIUM = process.env.TILLCARD_CHROMIUM ?? '/usr/bin/chromium';

/** Every page of the PDF as a grey image, at 8 pixels per millimetre. */
async function pages(
  pdf: string,
  dir: string,
): Promise<Array<{ width: number; height: number; data: Uint8ClampedArray }>> {
  await run('pdftoppm', ['-gray', '-r', '203', pdf, join(dir, 'page')]);
  const files = (await readdir(dir)).filter((name) => name.startsWith('page') && name.endsWith('.pgm')).sort();
  return Promise.all(
    files.map(async (name) => {
      const pgm = await readFile(join(dir, name));
      const header = /^P5\s+(\d+)\s+(\d+)\s+255\s/.exec(pgm.subarray(0, 64).toString('latin1'));
      if (!header) throw new Error('pdftoppm did not write a grey PGM');
      const grey = pgm.subarray(header[0].length);
      const data = new Uint8ClampedArray(grey.length * 4);
      grey.forEach((value, index) => data.set([value, value, value, 255], index * 4));
      return { width: Number(header[1]), height: Number(header[2]), data };
    }),
  );
}

async function code128sOn(image: { width: number; height: number; data: Uint8ClampedArray }): Promise<string[]> {
  const symbols = await readBarcodes({ ...image, colorSpace: 'srgb' } as unknown as ImageData, {
    formats: ['Code128'],
    maxNumberOfSymbols: 64,
  });
  return symbols.map((symbol) => symbol.text);
}

beforeAll(async () => {
  const require = createRequire(import.meta.url);
  const wasmPath = require.resolve('zxing-wasm/reader').replace(/dist\/.*$/, 'dist/reader/zxing_reader.wasm');
  const wasmBinary = (await readFile(wasmPath)).buffer as ArrayBuffer;
  await prepareZXingModule({ overrides: { wasmBinary }, fireImmediately: true });
});

describeEachDialect('issuing card stock', (dialect) => {
  let backend: TestBackend;
  let seeded: SeededStore;
  let dir: string;

  beforeAll(async () => {
    backend = await startTestBackend({ dialect });
    seeded = await backend.seed.store();
    dir = await mkdtemp(join(tmpdir(), 'tillcard-stock-'));
  });
  afterAll(async () => {
    await backend?.close();
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  const admin = (...args: string[]) =>
    run(process.execPath, ['--import', 'tsx', 'backend/admin/cli.ts', ...args, '--json'], {
      env: {
        ...process.env,
        TILLCARD_DATA_DIR: backend.dataDir,
        TILLCARD_SERVER_KEY: backend.ctx.config.serverKey.toString('hex'),
        DATABASE_URL: backend.databaseUrl ?? '',
        TILLCARD_CHROMIUM: CHROMIUM,
      },
    });

  it('issues inactive cards into the stock and prints a sheet whose every barcode is one of them', async () => {
    const sheet = join(dir, `stock-${randomUUID()}.pdf`);
    const { stdout } = await admin(
      'cards',
      'stock',
      '--store',
      seeded.store.id,
      '--count',
      String(COUNT),
      '--out',
      sheet,
    );
    const answer = JSON.parse(stdout) as {
      issued: { count: number; status: string };
      sheet: string;
      cards: Array<{ last4: string }>;
    };
    expect(answer).toMatchObject({ issued: { count: COUNT, status: 'inactive' }, sheet });
    // The codes are on the sheet only: the command's output names the last 4.
    expect(stdout).not.toMatch(/[0-9A-Z]{15}/);

    const decoded = (await Promise.all((await pages(sheet, dir)).map(code128sOn))).flat();
    expect(new Set(decoded).size).toBe(COUNT);
    expect(decoded.map((code) => code.slice(-4)).sort()).toEqual(answer.cards.map((card) => card.last4).sort());
    const { stdout: text } = await run('pdftotext', [sheet, '-']);
    for (const code of decoded) {
      expect(checkCode(code)).toMatchObject({ kind: 'valid', code });
      expect(text).toContain(formatCode(code));
      const card = await backend.database.db
        .selectFrom('cards')
        .select(['status', 'region', 'currency', 'balance_minor', 'activated_at'])
        .where('code_hmac', '=', codeHmac(backend.ctx.config.serverKey, code))
        .executeTakeFirstOrThrow();
      expect({ ...card, balance_minor: Number(card.balance_minor) }).toEqual({
        status: 'inactive',
        region: seeded.store.region,
        currency: seeded.store.currency,
        balance_minor: 0,
        activated_at: null,
      });
    }

    // A card of the sheet is the store's to sell: a till activates it.
    const counter = (await signedIn(backend.url, seeded.terminal.key, seeded.cashier)).api;
    const sold = await counter.post('/v1/activations', {
      code: decoded[0],
      amountMinor: 2_000,
      currency: seeded.store.currency,
      idempotencyKey: randomUUID(),
    });
    expect(sold.status, sold.text).toBe(201);
    expect(await ledgerMismatches(backend.database)).toEqual([]);
  }, 120_000);

  it('refuses to write over a sheet that exists, before issuing anything', async () => {
    const sheet = join(dir, `stock-${randomUUID()}.pdf`);
    await admin('cards', 'stock', '--store', seeded.store.id, '--count', '1', '--out', sheet);
    const before = await backend.database.db
      .selectFrom('cards')
      .select((eb) => eb.fn.countAll().as('n'))
      .executeTakeFirstOrThrow();
    const again = await admin('cards', 'stock', '--store', seeded.store.id, '--count', '1', '--out', sheet).catch(
      (error: { stdout: string; code: number }) => error,
    );
    expect(again).toMatchObject({ code: 1 });
    expect(JSON.parse(again.stdout)).toMatchObject({ error: { code: 'bad_request' } });
    const after = await backend.database.db
      .selectFrom('cards')
      .select((eb) => eb.fn.countAll().as('n'))
      .executeTakeFirstOrThrow();
    expect(Number(after.n)).toBe(Number(before.n));
  }, 60_000);
});
