/**
 * The Spanish catalog is complete, and every key the renderer asks for exists: a string a cashier
 * would see untranslated (or as a raw key) fails here.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { en } from '../../../renderer/i18n/en.js';
import { es } from '../../../renderer/i18n/es.js';
import { ERROR_CODES } from '../../../shared/error-codes.js';

const RENDERER_DIR = resolve(import.meta.dirname, '../../../renderer');
const PLURAL_SUFFIX = /_(zero|one|two|few|many|other)$/;

function flatten(catalog: object, prefix = ''): Map<string, string> {
  const entries = new Map<string, string>();
  for (const [key, value] of Object.entries(catalog)) {
    const path = prefix === '' ? key : `${prefix}.${key}`;
    if (typeof value === 'string') entries.set(path, value);
    else for (const [inner, text] of flatten(value as object, path)) entries.set(inner, text);
  }
  return entries;
}

function placeholders(text: string): string[] {
  return [...text.matchAll(/\{\{\s*(\w+)/g)].map((match) => match[1]!).sort();
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === 'i18n' ? [] : sourceFiles(path);
    return /\.tsx?$/.test(name) ? [path] : [];
  });
}

/** Keys the code passes to t(): literal ones exactly, template ones as a pattern. */
function usedKeys(): { file: string; key: string; pattern: RegExp }[] {
  const found: { file: string; key: string; pattern: RegExp }[] = [];
  for (const file of sourceFiles(RENDERER_DIR)) {
    const text = readFileSync(file, 'utf8');
    for (const match of text.matchAll(/\bt\(\s*(['`])([\w.${}]+)\1/g)) {
      const key = match[2]!;
      const source = key
        .split(/\$\{[^}]*\}/)
        .map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
        .join('\\w+');
      found.push({ file: file.slice(RENDERER_DIR.length + 1), key, pattern: new RegExp(`^${source}(_\\w+)?$`) });
    }
  }
  return found;
}

const english = flatten(en);
const spanish = flatten(es);

describe('language catalogs', () => {
  it('Spanish has every English key, with the same placeholders, and nothing more', () => {
    const missing = [...english.keys()].filter((key) => !spanish.has(key));
    const extra = [...spanish.keys()].filter((key) => !english.has(key) && !PLURAL_SUFFIX.test(key));
    expect(missing).toEqual([]);
    expect(extra).toEqual([]);
    const mismatched = [...english].filter(
      ([key, text]) => spanish.has(key) && placeholders(text).join() !== placeholders(spanish.get(key)!).join(),
    );
    expect(mismatched.map(([key]) => key)).toEqual([]);
  });

  it('has no empty text in either language', () => {
    const empty = [...english, ...spanish].filter(([, text]) => text.trim() === '').map(([key]) => key);
    expect(empty).toEqual([]);
  });

  it('has a Spanish title and next step for every error code', () => {
    const untranslated = ERROR_CODES.filter((code) => !es.errors[code]?.title || !es.errors[code]?.nextStep);
    expect(untranslated).toEqual([]);
  });

  it('every key the renderer uses exists in the English catalog', () => {
    const used = usedKeys();
    // The scan itself must find the keys, or this test would pass on nothing.
    expect(used.length).toBeGreaterThan(20);
    const keys = [...english.keys()];
    const unknown = used.filter(({ pattern }) => !keys.some((key) => pattern.test(key)));
    expect(unknown.map(({ file, key }) => `${file}: ${key}`)).toEqual([]);
  });
});
