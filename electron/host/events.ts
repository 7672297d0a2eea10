/** The host's typed event emitter: the `on` half of the terminal API. */
import type { EventPayload, TerminalEventName, Unsubscribe } from '../../shared/terminal-api.js';

type Listener<E extends TerminalEventName> = (payload: EventPayload<E>) => void;

export interface HostEvents {
  on<E extends TerminalEventName>(event: E, listener: Listener<E>): Unsubscribe;
  emit<E extends TerminalEventName>(event: E, payload: EventPayload<E>): void;
}

export function createHostEvents(onListenerError: (error: unknown) => void = () => undefined): HostEvents {
  const listeners = new Map<TerminalEventName, Set<(payload: unknown) => void>>();
  return {
    on(event, listener) {
      const set = listeners.get(event) ?? new Set();
      listeners.set(event, set);
      const wrapped = listener as (payload: unknown) => void;
      set.add(wrapped);
      return () => {
        set.delete(wrapped);
      };
    },
    emit(event, payload) {
      for (const listener of [...(listeners.get(event) ?? [])]) {
        // One failing subscriber (a closed window, a dropped socket) must not stop the others.
        try {
          listener(payload);
        } catch (error) {
          onListenerError(error);
        }
      }
    },
  };
}
