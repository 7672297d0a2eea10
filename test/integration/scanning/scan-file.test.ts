/**
 * `npm run scan:file`, run as a support person would: images of the hard-case corpus, a code
 * whose text holds a line break and control characters, an image with no code, a file that is
 * not an image and one that does not exist.
 */
import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { encode } from 'fast-png';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { barcodeFrame } from '../../fixtures/barcode-frames.js';
import { CORPUS_DIR, corpusManifest } from '../../fixtures/scan-corpus.js';

const run = promisify(execFile);
const PROJECT_DIR = resolve(import.meta.dirname, '../../..');
const MULTILINE = 'TILLCARD\nCODE\tAS25NJZ1JXCZCP5\u0001';

interface Outcome {
  lines: string[];
  stderr: string;
  status: number;
}

async function scanFile(paths: string[]): Promise<Outcome> {
  try {
    const { stdout, stderr } = await run('npm', ['run', '--silent', 'scan:file', '--', ...paths], { cwd: PROJECT_DIR });
    return { lines: stdout.trimEnd().split('\n'), stderr, status: 0 };
  } catch (error) {
    const failed = error as { stdout: string; stderr: string; code: number };
    return { lines: failed.stdout.trimEnd().split('\n'), stderr: failed.stderr, status: failed.code };
  }
}

describe('npm run scan:file', () => {
  let dir = '';
  let outcome: Outcome;
  const corpus = corpusManifest().entries;
  const inverted = corpus.find((entry) => entry.variant === 'inverted' && entry.format === 'Code128')!;
  const sideways = corpus.find((entry) => entry.variant === 'rot-90' && entry.format === 'PDF417')!;
  const empty = corpus.find((entry) => entry.variant === 'empty-text')!;

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'tillcard-scan-file-'));
    const frame = barcodeFrame('qrcode', MULTILINE);
    const png = encode({ width: frame.width, height: frame.height, data: frame.pixels, channels: 1, depth: 8 });
    await writeFile(join(dir, 'multiline.png'), png);
    await writeFile(join(dir, 'notes.txt'), 'not an image\n');
    outcome = await scanFile([
      join(CORPUS_DIR, inverted.file),
      join(CORPUS_DIR, sideways.file),
      join(CORPUS_DIR, empty.file),
      join(dir, 'multiline.png'),
      join(dir, 'notes.txt'),
      join(dir, 'missing.jpg'),
    ]);
  }, 120_000);
  afterAll(() => rm(dir, { recursive: true, force: true }));

  it('prints each image with the text read from it as a JSON string, or - when nothing was read', () => {
    expect(outcome.lines).toEqual([
      `${join(CORPUS_DIR, inverted.file)}\t${JSON.stringify(inverted.text)}`,
      `${join(CORPUS_DIR, sideways.file)}\t${JSON.stringify(sideways.text)}`,
      `${join(CORPUS_DIR, empty.file)}\t-`,
      `${join(dir, 'multiline.png')}\t"TILLCARD\\nCODE\\tAS25NJZ1JXCZCP5\\u0001"`,
    ]);
  });

  it('names each file it cannot read, and fails', () => {
    expect(outcome.stderr).toContain(`${join(dir, 'notes.txt')}: not a PNG or JPEG image`);
    expect(outcome.stderr).toContain(`${join(dir, 'missing.jpg')}: no such file`);
    expect(outcome.status).toBe(1);
  });
});
