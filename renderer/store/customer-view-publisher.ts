/**
 * Keeps the customer display in step with the cashier's screen: every change of the derived view
 * (and only a change, not every keystroke) is published to the host, which passes it on.
 */
import type { TerminalApi, Unsubscribe } from '../../shared/terminal-api.js';
import type { AppStore } from './app-store.js';
import { customerViewOf } from './customer-view.js';

export function publishCustomerViews(store: AppStore, api: Pick<TerminalApi, 'publishCustomerView'>): Unsubscribe {
  let lastShown = '';
  const publish = () => {
    const view = customerViewOf(store.getState());
    const key = JSON.stringify(view);
    if (key === lastShown) return;
    lastShown = key;
    // A display that misses a view catches up with the next one; the cashier's flow never waits on it.
    void api.publishCustomerView(view);
  };
  publish();
  return store.subscribe(publish);
}
