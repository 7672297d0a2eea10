/** Renders the whole renderer against a fresh fake terminal API and a fresh store. */
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { App } from '../../../renderer/screens/App.js';
import { connectStoreToHost, createAppStore } from '../../../renderer/store/app-store.js';
import { StoreProvider } from '../../../renderer/store/store-context.js';
import { lookAlikeSuggestions } from '../../../shared/claim-code.js';
import { createFakeTerminalApi } from '../../fixtures/fake-terminal-api.js';

export async function renderApp(options: { signedIn?: boolean } = { signedIn: true }) {
  const api = createFakeTerminalApi(options);
  const store = createAppStore(api);
  const disconnect = connectStoreToHost(store, api);
  const user = userEvent.setup();
  const view = render(
    <StoreProvider store={store}>
      <App />
    </StoreProvider>,
  );
  if (options.signedIn) await screen.findByRole('heading', { name: 'Redeem gift card' });
  else await screen.findByRole('heading', { name: 'Sign in' });
  return { api, store, user, view, disconnect };
}

/** Types a code into the Card code field and submits it with Enter. */
export async function enterCode(user: ReturnType<typeof userEvent.setup>, code: string, label = 'Card code') {
  const field = screen.getByRole('textbox', { name: label });
  await user.clear(field);
  await user.type(field, `${code}{Enter}`);
}

const LOOK_ALIKE_SWAPS: Record<string, string> = {
  S: '5',
  '5': 'S',
  B: '8',
  '8': 'B',
  Z: '2',
  '2': 'Z',
  G: '6',
  '6': 'G',
};

/** The code with one look-alike swapped such that the original is the only suggested fix, or null. */
export function mistype(code: string): string | null {
  for (let index = 0; index < code.length - 1; index++) {
    const swap = LOOK_ALIKE_SWAPS[code[index] ?? ''];
    if (swap === undefined) continue;
    const wrong = code.slice(0, index) + swap + code.slice(index + 1);
    const suggestions = lookAlikeSuggestions(wrong);
    if (suggestions.length === 1 && suggestions[0] === code) return wrong;
  }
  return null;
}
