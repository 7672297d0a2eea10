import { beforeAll, describe, expect, it, vi } from 'vitest';
import {
  TERMINAL_API_GLOBAL,
  TERMINAL_METHOD_NAMES,
  ipcChannel,
  type TerminalApi,
} from '../../../shared/terminal-api.js';

const electron = vi.hoisted(() => ({
  contextBridge: { exposeInMainWorld: vi.fn() },
  ipcRenderer: {
    invoke: vi.fn(async (channel: string, input: unknown) => ({ ok: true, value: { channel, input } })),
    on: vi.fn(),
    removeListener: vi.fn(),
  },
}));
vi.mock('electron', () => electron);

let api: TerminalApi;
beforeAll(async () => {
  await import('../../../electron/preload.js');
  const [name, exposed] = electron.contextBridge.exposeInMainWorld.mock.calls[0] ?? [];
  expect(name).toBe(TERMINAL_API_GLOBAL);
  api = exposed as TerminalApi;
});

describe('preload', () => {
  it('exposes exactly one function per contract method, plus on', () => {
    expect(Object.keys(api).sort()).toEqual([...TERMINAL_METHOD_NAMES, 'on'].sort());
    for (const method of TERMINAL_METHOD_NAMES) expect(typeof api[method]).toBe('function');
  });

  it.each(TERMINAL_METHOD_NAMES)('%s invokes its own IPC channel with the input', async (method) => {
    const input = { probe: method };
    const call = api[method] as (input: unknown) => Promise<unknown>;
    expect(await call(input)).toEqual({ ok: true, value: { channel: ipcChannel(method), input } });
  });

  it('on() hands the listener the payload only, never the IPC event, and unsubscribes', () => {
    const listener = vi.fn();
    const unsubscribe = api.on('connection', listener);
    const [channel, forward] = electron.ipcRenderer.on.mock.calls.at(-1) as [string, (...args: unknown[]) => void];
    expect(channel).toBe(ipcChannel('connection'));
    forward({ sender: 'the IPC event' }, 'offline');
    expect(listener).toHaveBeenCalledWith('offline');
    expect(listener.mock.calls[0]).toHaveLength(1);
    unsubscribe();
    expect(electron.ipcRenderer.removeListener).toHaveBeenCalledWith(ipcChannel('connection'), forward);
  });

  it('on() refuses channels outside the contract', () => {
    const before = electron.ipcRenderer.on.mock.calls.length;
    api.on('not-an-event' as never, vi.fn());
    expect(electron.ipcRenderer.on.mock.calls.length).toBe(before);
  });
});
