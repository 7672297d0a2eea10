import type { EventPayload, TerminalEventName, Unsubscribe } from '../../shared/terminal-api.js';

type AnyListener = (payload: never) => void;

/** Event listeners by event name; a listener that throws does not stop the others. */
export function createListenerRegistry() {
  const byEvent = new Map<TerminalEventName, Set<AnyListener>>();
  return {
    add<E extends TerminalEventName>(event: E, listener: (payload: EventPayload<E>) => void): Unsubscribe {
      const set = byEvent.get(event) ?? new Set<AnyListener>();
      byEvent.set(event, set);
      set.add(listener as AnyListener);
      return () => set.delete(listener as AnyListener);
    },
    emit<E extends TerminalEventName>(event: E, payload: EventPayload<E>): void {
      for (const listener of byEvent.get(event) ?? []) {
        try {
          (listener as (payload: EventPayload<E>) => void)(payload);
        } catch (error) {
          console.error(`listener for ${event} failed`, error);
        }
      }
    },
  };
}
