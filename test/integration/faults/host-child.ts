/**
 * The browser-mode terminal host (electron/browser-main.ts) as a child process, driven over its
 * WebSocket the way the renderer drives it: same origin, the session cookie its ready line's
 * single-use launch address gives.
 * kill() is SIGKILL — no shutdown code runs, as in a power cut.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { resolve } from 'node:path';
import WebSocket from 'ws';
import type { Result, TerminalMethodName, WsServerMessage } from '../../../shared/terminal-api.js';
import { spendLaunchUrl } from '../../fixtures/browser-launch.js';

const PROJECT_DIR = resolve(import.meta.dirname, '../../..');
const READY = /terminal ready: (\S+)/;
const START_TIMEOUT_MS = 45_000;

export interface HostChild {
  /** The terminal's origin; a browser opens it with `cookie` set (its launch token is spent already). */
  origin: string;
  /** The session cookie, `name=value`. */
  cookie: string;
  call<T = unknown>(method: TerminalMethodName, input: unknown): Promise<Result<T>>;
  /** Sends a call without waiting for its answer (the answer may never come). */
  send(method: TerminalMethodName, input: unknown): void;
  kill(): Promise<void>;
}

export async function startHostChild(terminalDir: string): Promise<HostChild> {
  const child: ChildProcess = spawn(process.execPath, ['--import', 'tsx', 'electron/browser-main.ts', '--port', '0'], {
    cwd: PROJECT_DIR,
    env: { PATH: process.env.PATH ?? '', TILLCARD_TERMINAL_DIR: terminalDir, NODE_ENV: 'test' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const exited = new Promise<void>((done) => child.once('exit', () => done()));
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const kill = async () => {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
    await exited;
  };
  try {
    const url = await new Promise<string>((found, reject) => {
      const timer = setTimeout(() => reject(new Error(`no ready line in time:\n${output}`)), START_TIMEOUT_MS);
      const look = () => {
        const match = READY.exec(output);
        if (!match?.[1]) return;
        clearTimeout(timer);
        found(match[1]);
      };
      child.stdout?.on('data', look);
      void exited.then(() => reject(new Error(`the host exited before it was ready:\n${output}`)));
    });
    const { origin, cookie } = await spendLaunchUrl(url);
    const socket = new WebSocket(`${origin.replace('http', 'ws')}/terminal-api`, { origin, headers: { cookie } });
    await new Promise((opened, reject) => socket.once('open', opened).once('error', reject));
    socket.on('error', () => undefined);
    let lastId = 0;
    const waiting = new Map<number, (result: Result<unknown>) => void>();
    socket.on('message', (data: WebSocket.RawData) => {
      const message = JSON.parse(data.toString()) as WsServerMessage;
      if (message.type === 'result') waiting.get(message.id)?.(message.result);
    });
    const send = (method: TerminalMethodName, input: unknown) => {
      socket.send(JSON.stringify({ id: ++lastId, method, input }));
      return lastId;
    };
    return {
      origin,
      cookie,
      call: <T>(method: TerminalMethodName, input: unknown) =>
        new Promise<Result<T>>((answered) =>
          waiting.set(send(method, input), answered as (r: Result<unknown>) => void),
        ),
      send: (method, input) => void send(method, input),
      kill: async () => {
        socket.terminate();
        await kill();
      },
    };
  } catch (error) {
    await kill();
    throw error;
  }
}
