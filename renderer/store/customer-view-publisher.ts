/**
 * Keeps the customer display in step with the cashier's screen: every change of the derived view
 * (and only a change, not every keystroke) is published to the host, which passes it on.
 */
import type { TerminalApi, Unsubscribe } from '../../shared/terminal-api.js';
import { currentLanguage, i18n } from '../i18n/index.js';
import type { AppStore } from './app-store.js';
import { customerViewOf } from './customer-view.js';

export function publishCustomerViews(store: AppStore, api: Pick<TerminalApi, 'publishCustomerView'>): Unsubscribe {
  let lastShown = '';
  const publish = () => {
    const view = customerViewOf(store.getState(), currentLanguage());
    const key = JSON.stringify(view);
    if (key === lastShown) return;
    lastShown = key;
    // A display that misses a view catches up with the next one; the cashier's flow never waits on it.
    void api.publishCustomerView(view);
  };
  publish();
  // A manager switching the language in Settings switches the display too.
  i18n.on('languageChanged', publish);
  const stopStore = store.subscribe(publish);
  return () => {
    stopStore();
    i18n.off('languageChanged', publish);
  };
}
