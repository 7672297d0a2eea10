// electron-builder.yml checked offline by scripts/check-packaging-config.mjs (in process): electron-builder's own
// schema validation plus the settings the terminal relies on. Broken copies must fail.
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { packagingConfigProblems } from '../../../scripts/check-packaging-config.mjs';

const projectDir = process.cwd();
let dir: string;
let original: string;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'tillcard-builder-'));
  original = await readFile('electron-builder.yml', 'utf8');
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function check(yaml: string, packageJson?: object): Promise<{ ok: boolean; output: string }> {
  const file = join(dir, `electron-builder-${Math.random().toString(36).slice(2)}.yml`);
  await writeFile(file, yaml);
  const problems = await packagingConfigProblems(file, projectDir, packageJson);
  return { ok: problems.length === 0, output: problems.join('\n') };
}

function replaceLine(yaml: string, line: string, replacement: string): string {
  expect(yaml).toContain(line);
  return yaml.replace(line, replacement);
}

describe('electron-builder.yml', { timeout: 30_000 }, () => {
  it('is valid for electron-builder and has every required setting', async () => {
    const result = await check(original);
    expect(result.output).toBe('');
    expect(result.ok).toBe(true);
  });

  it('a key electron-builder does not know fails the check, named', async () => {
    const result = await check(replaceLine(original, 'asar: true\n', 'asar: true\nkioskMode: true\n'));
    expect(result.ok).toBe(false);
    expect(result.output).toContain("unknown property 'kioskMode'");
  });

  it('a key in the wrong section fails the check', async () => {
    const result = await check(replaceLine(original, 'deb:\n', 'deb:\n  oneClick: true\n'));
    expect(result.ok).toBe(false);
    expect(result.output).toContain('electron-builder rejects it');
  });

  it.each([
    ['runAsNode: false', 'runAsNode: true', 'electronFuses.runAsNode must be false'],
    ['onlyLoadAppFromAsar: true', 'onlyLoadAppFromAsar: false', 'electronFuses.onlyLoadAppFromAsar must be true'],
    ['enableCookieEncryption: true', 'enableCookieEncryption: false', 'electronFuses.enableCookieEncryption'],
    ['npmRebuild: false', 'npmRebuild: true', 'npmRebuild must be false'],
    ['asar: true', 'asar: false', 'asar must be true'],
    ['  - dist/renderer/**/*\n', '  - dist/renderer/**/*\n  - backend/**/*\n', 'must not pack sources: backend/**/*'],
    ['    - deb\n', '', 'linux.target must include deb'],
    ['  icon: assets/icons\n', '  icon: assets/missing\n', 'linux.icon must hold a 512x512 PNG'],
  ])('a copy with %j changed fails the check', async (line, replacement, message) => {
    const result = await check(replaceLine(original, line, replacement));
    expect(result.ok).toBe(false);
    expect(result.output).toContain(message);
  });

  it.each([
    ['homepage', 'package.json must have a homepage'],
    ['desktopName', 'desktopName must be tillcard.desktop'],
  ])('a package.json without %s fails the check', async (field, message) => {
    const packageJson = JSON.parse(await readFile('package.json', 'utf8')) as Record<string, unknown>;
    delete packageJson[field];
    const result = await check(original, packageJson);
    expect(result.ok).toBe(false);
    expect(result.output).toContain(message);
  });

  it('a deb without its post-install script fails the check', async () => {
    const yaml = replaceLine(original, '  afterInstall: packaging/linux/after-install.sh\n', '');
    const result = await check(yaml);
    expect(result.ok).toBe(false);
    expect(result.output).toContain('deb.afterInstall');
  });

  it('npm run dist:linux and dist:win build first and package without publishing', async () => {
    const { scripts } = JSON.parse(await readFile('package.json', 'utf8')) as { scripts: Record<string, string> };
    expect(scripts['dist:linux']).toMatch(
      /^npm run build --silent && electron-builder --linux AppImage deb --publish never$/,
    );
    expect(scripts['dist:win']).toMatch(/^npm run build --silent && electron-builder --win nsis --publish never$/);
  });

  it('packs the main process that scripts/build.mjs writes', async () => {
    const buildScript = await readFile('scripts/build.mjs', 'utf8');
    expect(buildScript).toContain("outfile: 'dist/electron/main.mjs'");
    expect(buildScript).toContain("outfile: 'dist/electron/preload.cjs'");
  });
});
