import { mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_BACKEND_URL, loadTerminalConfig, notConfiguredError } from '../../../electron/host/config.js';
import { configPath, updateTerminalConfig, writeTerminalConfig } from '../../../electron/host/config-file.js';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'tillcard-config-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('terminal configuration', () => {
  it('without a file or environment: default URL, no key, not a kiosk', async () => {
    const config = await loadTerminalConfig(dir, {});
    expect(config).toEqual({ backendUrl: DEFAULT_BACKEND_URL, terminalKey: null, kiosk: false, problem: null });
    expect(notConfiguredError(config).code).toBe('terminal_not_configured');
  });

  it('reads the file written by writeTerminalConfig, readable by its owner only', async () => {
    await writeTerminalConfig(dir, { backendUrl: 'http://10.0.0.5:9000/', terminalKey: 'tk_file', kiosk: true });
    expect((await stat(configPath(dir))).mode & 0o777).toBe(0o600);
    const config = await loadTerminalConfig(dir, {});
    expect(config).toMatchObject({ backendUrl: 'http://10.0.0.5:9000', terminalKey: 'tk_file', kiosk: true });
  });

  it('a new backend and key for the terminal keep every setting a manager saved, known or not', async () => {
    const saved = { terminalKey: 'tk_old', language: 'es', kiosk: true, printer: { target: { transport: 'pdf' } } };
    await writeFile(configPath(dir), JSON.stringify(saved));
    await updateTerminalConfig(dir, { backendUrl: 'http://10.0.0.7:8787', terminalKey: 'tk_new' });
    expect(JSON.parse(await readFile(configPath(dir), 'utf8'))).toEqual({
      ...saved,
      backendUrl: 'http://10.0.0.7:8787',
      terminalKey: 'tk_new',
    });
    expect((await stat(configPath(dir))).mode & 0o777).toBe(0o600);
  });

  it('environment variables win over the file', async () => {
    await writeTerminalConfig(dir, { backendUrl: 'http://10.0.0.5:9000', terminalKey: 'tk_file' });
    const config = await loadTerminalConfig(dir, {
      TILLCARD_BACKEND_URL: 'http://127.0.0.1:1234',
      TILLCARD_TERMINAL_KEY: 'tk_env',
    });
    expect(config).toMatchObject({ backendUrl: 'http://127.0.0.1:1234', terminalKey: 'tk_env' });
  });

  it('an empty environment variable does not hide the file', async () => {
    await writeTerminalConfig(dir, { terminalKey: 'tk_file' });
    const config = await loadTerminalConfig(dir, { TILLCARD_TERMINAL_KEY: '  ' });
    expect(config.terminalKey).toBe('tk_file');
  });

  it('an invalid file names the bad field, never its value, and leaves the terminal unconfigured', async () => {
    await writeFile(configPath(dir), JSON.stringify({ backendUrl: 'ftp://x', terminalKey: 'tk_secret_value' }));
    const config = await loadTerminalConfig(dir, {});
    expect(config.terminalKey).toBeNull();
    expect(config.problem).toContain('backendUrl');
    expect(notConfiguredError(config).message).not.toContain('tk_secret_value');
  });

  it('a file that is not JSON is reported as such', async () => {
    await writeFile(configPath(dir), '{ not json');
    expect((await loadTerminalConfig(dir, {})).problem).toContain('not valid JSON');
  });

  it('refuses to write a configuration with an invalid URL', async () => {
    await expect(writeTerminalConfig(dir, { backendUrl: 'not a url' })).rejects.toThrow();
    await expect(readFile(configPath(dir))).rejects.toThrow();
  });

  it('keeps an https update feed from the file and refuses a plain http one', async () => {
    await writeFile(configPath(dir), JSON.stringify({ updateUrl: 'https://updates.example/tillcard/' }));
    expect((await loadTerminalConfig(dir, {})).updateUrl).toBe('https://updates.example/tillcard/');
    await writeFile(configPath(dir), JSON.stringify({ updateUrl: 'http://updates.example/tillcard/' }));
    const config = await loadTerminalConfig(dir, {});
    expect(config.updateUrl).toBeUndefined();
    expect(config.problem).toContain('updateUrl');
  });
});
