import { chmod, mkdtemp, readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTerminalLogger, logFilePath } from '../../../electron/host/logger.js';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'tillcard-log-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('terminal logger', () => {
  it('writes JSON lines to logs/terminal.log', async () => {
    const logger = createTerminalLogger(dir);
    logger.info({ tenderId: 't-1', last4: 'CZP5' }, 'redemption sent');
    const [line] = (await readFile(logFilePath(dir), 'utf8')).trim().split('\n');
    expect(JSON.parse(line ?? '')).toMatchObject({ msg: 'redemption sent', tenderId: 't-1', last4: 'CZP5' });
    expect((await stat(join(dir, 'logs'))).mode & 0o077).toBe(0);
  });

  it('keeps terminal.log 0600 in a 0700 folder, and tightens a log an older version left readable', async () => {
    createTerminalLogger(dir).info('first');
    expect((await stat(logFilePath(dir))).mode & 0o777).toBe(0o600);
    await chmod(join(dir, 'logs'), 0o755);
    await chmod(logFilePath(dir), 0o644);
    createTerminalLogger(dir).info('after an upgrade');
    expect((await stat(join(dir, 'logs'))).mode & 0o777).toBe(0o700);
    expect((await stat(logFilePath(dir))).mode & 0o777).toBe(0o600);
  });

  it('redacts fields that could hold a code, PIN, key or token, even nested', async () => {
    const logger = createTerminalLogger(dir);
    logger.info(
      {
        code: 'DEM0ACT05000010',
        pin: '1234',
        token: 'st_secret_token',
        terminalKey: 'tk_secret_key',
        request: { managerPin: '9876', code: 'DEM0FR0ZEN0006Z' },
        headers: { authorization: 'Bearer tk_secret_key' },
      },
      'call',
    );
    const text = await readFile(logFilePath(dir), 'utf8');
    for (const secret of ['DEM0ACT05000010', '1234', 'st_secret_token', 'tk_secret_key', '9876', 'DEM0FR0ZEN0006Z']) {
      expect(text).not.toContain(secret);
    }
    expect(text).toContain('[redacted]');
  });
});
