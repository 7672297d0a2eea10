/**
 * A simulated terminal whose host runs as a process of its own (crash mode): restart() is kill -9
 * and a new process on the same folder, so the outbox, recovery and config are tested against a
 * host that stops mid-write, mid-request or mid-recovery with no shutdown code at all.
 */
import { fork, type ChildProcess } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Outcome } from '../../shared/terminal-api.js';
import type { SeededStore } from '../../test/fixtures/backend/seed.js';
import type { HostMessage, ParentMessage, SimHostMethod, WireAnswer } from './host-process-wire.js';
import type { SimNetwork } from './network.js';
import { outboxReaders, signInCashier, type SimHost, type SimTerminal } from './sim-terminal.js';

const HOST_ENTRY = join(import.meta.dirname, 'host-process.ts');

/** A call cut off by kill -9: the cashier saw nothing, and the outbox holds whatever was written. */
export class HostKilled extends Error {
  constructor() {
    super('the terminal host process was killed');
  }
}

interface RunningHost {
  child: ChildProcess;
  exited: Promise<void>;
  pending: Map<number, { resolve(value: unknown): void; reject(error: Error): void }>;
}

export async function startProcessTerminal(
  network: SimNetwork,
  seeded: SeededStore,
  now: () => Date,
  onOutcome: (outcome: Outcome) => void,
): Promise<SimTerminal & { kills: number }> {
  const dir = await mkdtemp(join(tmpdir(), 'tillcard-sim-host-'));
  let nextId = 1;
  let kills = 0;

  async function answerFetch(running: RunningHost, message: Extract<HostMessage, { type: 'fetch' }>) {
    let answer: WireAnswer;
    try {
      const response = await network.fetch(message.url, {
        method: message.method,
        headers: message.headers,
        ...(message.body === null ? {} : { body: message.body }),
      });
      answer = {
        kind: 'answer',
        status: response.status,
        contentType: response.headers.get('content-type') ?? 'application/json',
        body: await response.text(),
      };
    } catch (error) {
      const code = (error as { cause?: { code?: string } }).cause?.code;
      answer = code === undefined ? { kind: 'timeout' } : { kind: 'connection', code };
    }
    // The process may have been killed while its request was on the way: the answer goes nowhere.
    if (running.child.connected)
      running.child.send({ type: 'fetched', id: message.id, answer } satisfies ParentMessage);
  }

  async function spawnHost(): Promise<RunningHost> {
    const child = fork(HOST_ENTRY, [], {
      execArgv: ['--import', 'tsx'],
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    });
    const running: RunningHost = {
      child,
      pending: new Map(),
      exited: new Promise((resolve) => child.once('exit', () => resolve())),
    };
    void running.exited.then(() => {
      for (const call of running.pending.values()) call.reject(new HostKilled());
      running.pending.clear();
    });
    const started = new Promise<void>((resolve, reject) => {
      child.on('message', (message: HostMessage) => {
        if (message.type === 'started') resolve();
        else if (message.type === 'outcome') onOutcome(message.outcome);
        else if (message.type === 'fetch') void answerFetch(running, message);
        else {
          running.pending.get(message.id)?.resolve(message.type === 'result' ? message.value : undefined);
          running.pending.delete(message.id);
        }
      });
      void running.exited.then(() => reject(new Error('the terminal host process ended before it started')));
    });
    child.send({
      type: 'start',
      terminalDir: dir,
      terminalKey: seeded.terminal.key,
      nowMs: now().getTime(),
    } satisfies ParentMessage);
    await started;
    return running;
  }

  function ask(message: { type: 'call'; method: SimHostMethod; input: unknown } | { type: 'tick' }): Promise<unknown> {
    const id = nextId++;
    const running = current;
    return new Promise((resolve, reject) => {
      if (!running.child.connected) return reject(new HostKilled());
      running.pending.set(id, { resolve, reject });
      running.child.send({ ...message, id, nowMs: now().getTime() } as ParentMessage);
    });
  }

  const call = (method: SimHostMethod) => (input: unknown) => ask({ type: 'call', method, input });
  const host = {
    redeem: call('redeem'),
    lookupCard: call('lookupCard'),
    getStatus: call('getStatus'),
    signIn: call('signIn'),
  } as SimHost;

  let current = await spawnHost();
  return {
    host,
    terminalId: seeded.terminal.id,
    get kills() {
      return kills;
    },
    async tick() {
      await ask({ type: 'tick' });
    },
    async restart() {
      current.child.kill('SIGKILL');
      await current.exited;
      kills += 1;
      current = await spawnHost();
    },
    ...outboxReaders(dir),
    signIn: () => signInCashier(host, seeded),
    async close() {
      current.child.kill('SIGKILL');
      await current.exited;
      await rm(dir, { recursive: true, force: true });
    },
  };
}
