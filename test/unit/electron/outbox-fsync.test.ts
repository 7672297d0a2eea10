import type * as FsPromises from 'node:fs/promises';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

/** Every write and fsync the outbox makes, in order. */
const calls = vi.hoisted(() => [] as string[]);
vi.mock('node:fs/promises', async (importOriginal) => {
  const actual = await importOriginal<typeof FsPromises>();
  return {
    ...actual,
    open: async (...args: Parameters<typeof actual.open>) => {
      const handle = await actual.open(...args);
      const write = handle.write.bind(handle) as (data: string) => Promise<unknown>;
      const sync = handle.sync.bind(handle);
      return Object.assign(handle, {
        write: async (data: string) => {
          calls.push(`write ${JSON.parse(data).state}`);
          return write(data);
        },
        sync: async () => {
          await sync();
          calls.push('sync');
        },
      });
    },
  };
});

const { openOutbox } = await import('../../../electron/host/tenders/outbox.js');

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'tillcard-outbox-sync-'));
  calls.length = 0;
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('outbox durability', () => {
  it('fsyncs each line before the append resolves', async () => {
    const outbox = await openOutbox(dir);
    const facts = { tenderId: 't-1', idempotencyKey: 'key-0000-1', amountMinor: null, currency: 'USD', last4: 'ABCD' };
    await outbox.markSending(facts);
    expect(calls).toEqual(['write sending', 'sync']);
    await outbox.markUnknown(facts);
    expect(calls).toEqual(['write sending', 'sync', 'write unknown', 'sync']);
    await outbox.close();
  });
});
