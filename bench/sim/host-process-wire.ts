/** The messages between the simulator and a terminal host running as its own process. */
import type { Outcome } from '../../shared/terminal-api.js';

/** The terminal-API methods the simulator drives. */
export type SimHostMethod = 'redeem' | 'lookupCard' | 'getStatus' | 'signIn';

/** What the simulated network made of one request. */
export type WireAnswer =
  | { kind: 'answer'; status: number; contentType: string; body: string }
  | { kind: 'connection'; code: string }
  | { kind: 'timeout' };

export type ParentMessage =
  | { type: 'start'; terminalDir: string; terminalKey: string; nowMs: number }
  | { type: 'call'; id: number; method: SimHostMethod; input: unknown; nowMs: number }
  | { type: 'tick'; id: number; nowMs: number }
  | { type: 'fetched'; id: number; answer: WireAnswer };

export type HostMessage =
  | { type: 'started' }
  | { type: 'result'; id: number; value: unknown }
  | { type: 'outcome'; outcome: Outcome }
  | { type: 'ticked'; id: number }
  | {
      type: 'fetch';
      id: number;
      url: string;
      method: string;
      headers: Record<string, string>;
      body: string | null;
    };
