import { mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { configPath } from '../../../electron/host/config-file.js';
import { createLanguageMethods } from '../../../electron/host/settings/language-methods.js';
import type { SessionView } from '../../../shared/terminal-api.js';

const manager = { cashier: { id: '9001', name: 'Morgan Lee', role: 'manager' } } as SessionView;
const cashier = { cashier: { id: '1001', name: 'Casey Jones', role: 'cashier' } } as SessionView;

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'tillcard-language-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

const methods = (session: SessionView | null) => createLanguageMethods({ terminalDir: dir, session: () => session });

describe('language methods', () => {
  it('answers English until a language is saved, to anyone, signed in or not', async () => {
    expect(await methods(null).language({})).toEqual({ ok: true, value: { language: 'en' } });
  });

  it('saves the language in config.json, keeping every other key, readable by its owner only', async () => {
    await writeFile(configPath(dir), JSON.stringify({ terminalKey: 'tk_secret', printer: { columns: 42 } }));
    expect(await methods(manager).saveLanguage({ language: 'es' })).toEqual({ ok: true, value: { language: 'es' } });

    const saved = JSON.parse(await readFile(configPath(dir), 'utf8'));
    expect(saved).toEqual({ terminalKey: 'tk_secret', printer: { columns: 42 }, language: 'es' });
    expect((await stat(configPath(dir))).mode & 0o777).toBe(0o600);
    // The next start (a new host) reads it back.
    expect(await methods(null).language({})).toEqual({ ok: true, value: { language: 'es' } });
  });

  it('lets only a manager change it', async () => {
    expect(await methods(cashier).saveLanguage({ language: 'es' })).toMatchObject({
      ok: false,
      error: { code: 'forbidden' },
    });
    expect(await methods(null).saveLanguage({ language: 'es' })).toMatchObject({
      ok: false,
      error: { code: 'unauthorized' },
    });
    expect(await methods(null).language({})).toEqual({ ok: true, value: { language: 'en' } });
  });

  it('falls back to English when config.json names a language the terminal does not speak', async () => {
    await writeFile(configPath(dir), JSON.stringify({ language: 'fr' }));
    expect(await methods(null).language({})).toEqual({ ok: true, value: { language: 'en' } });
  });
});
