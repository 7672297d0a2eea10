/**
 * Runs the backend (`backend/main.ts`) as a child process and waits for its
 * `"msg":"backend listening"` log line, which carries the URL it listens on. Can be stopped and
 * started again on the same port and data, as a power cut or a restart would.
 */
import type { ChildProcess } from 'node:child_process';
import { createWriteStream, type WriteStream } from 'node:fs';
import { chmod } from 'node:fs/promises';
import { spawnProgram, stopChild, tailOf, type ChildEnv } from './tsx-process.js';

const READY_MESSAGE = '"msg":"backend listening"';

export interface BackendProcessOptions {
  cwd: string;
  /** PORT, TILLCARD_DATA_DIR or DATABASE_URL, …: the backend's own configuration. */
  env: ChildEnv;
  /** 0 lets the backend pick a free port; restarts reuse the port it picked. */
  port: number;
  /** Where the backend's log lines go (appended); without it they are dropped. */
  logFile?: string;
  startTimeoutMs?: number;
  /** Called when the backend exits without being asked to stop (a crash after it was listening). */
  onUnexpectedExit?: (code: number | null, signal: string | null) => void;
}

export interface BackendProcess {
  readonly url: string;
  readonly port: number;
  readonly running: boolean;
  /** Starts the backend; `extraEnv` applies to this run only (a test fault, say). */
  start(extraEnv?: ChildEnv): Promise<void>;
  stop(): Promise<void>;
}

function waitUntilListening(child: ChildProcess, timeoutMs: number): Promise<string> {
  const output: string[] = [];
  let pending = '';
  return new Promise<string>((resolve, reject) => {
    const settle = (error: Error | null, url?: string) => {
      clearTimeout(timer);
      child.stdout?.off('data', onOutput);
      child.stderr?.off('data', onOutput);
      child.off('exit', onExit);
      if (error) reject(error);
      else resolve(url ?? '');
    };
    const onOutput = (chunk: Buffer) => {
      const text = chunk.toString();
      output.push(text);
      pending += text;
      const lines = pending.split('\n');
      pending = lines.pop() ?? '';
      const ready = lines.find((line) => line.includes(READY_MESSAGE));
      if (!ready) return;
      const url = (JSON.parse(ready) as { url?: string }).url;
      settle(url ? null : new Error('the backend listening line carries no url'), url);
    };
    const onExit = (code: number | null, signal: string | null) =>
      settle(new Error(`backend exited (${signal ?? code}) before listening:\n${tailOf(output)}`));
    const timer = setTimeout(
      () => settle(new Error(`backend not listening after ${timeoutMs} ms:\n${tailOf(output)}`)),
      timeoutMs,
    );
    child.stdout?.on('data', onOutput);
    child.stderr?.on('data', onOutput);
    child.once('exit', onExit);
  });
}

export function createBackendProcess(options: BackendProcessOptions): BackendProcess {
  let child: ChildProcess | null = null;
  let port = options.port;
  let url = '';
  let log: WriteStream | null = null;

  async function start(extraEnv: ChildEnv = {}): Promise<void> {
    if (child) return;
    log = options.logFile ? createWriteStream(options.logFile, { flags: 'a', mode: 0o600 }) : null;
    // An existing log made before logs were private is tightened (the mode above applies to new files only).
    if (options.logFile !== undefined) await chmod(options.logFile, 0o600).catch(() => undefined);
    const started = spawnProgram('backend', [], {
      cwd: options.cwd,
      env: { ...options.env, ...extraEnv, PORT: String(port) },
    });
    child = started;
    let listening = false;
    started.once('exit', (code, signal) => {
      if (child !== started) return;
      child = null;
      if (listening) options.onUnexpectedExit?.(code, signal);
    });
    // Always drain its output (to the log file or nowhere), or a full pipe would block the backend.
    started.stdout?.on('data', (chunk: Buffer) => log?.write(chunk));
    started.stderr?.on('data', (chunk: Buffer) => log?.write(chunk));
    try {
      url = await waitUntilListening(started, options.startTimeoutMs ?? 30_000);
    } catch (error) {
      await stop();
      throw error;
    }
    listening = true;
    port = Number(new URL(url).port);
  }

  async function stop(): Promise<void> {
    const running = child;
    child = null;
    if (running) await stopChild(running);
    log?.end();
    log = null;
  }

  return {
    get url() {
      return url;
    },
    get port() {
      return port;
    },
    get running() {
      return child !== null;
    },
    start,
    stop,
  };
}
