import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { formatCode } from '../../../shared/claim-code.js';
import { fakeCode } from '../../fixtures/fake-terminal-api.js';
import { enterCode, mistype, renderApp } from './render-app.js';

function codeWithSuggestion(): { code: string; wrong: string } {
  for (let seed = 1; seed < 200; seed++) {
    const code = fakeCode(seed);
    const wrong = mistype(code);
    if (wrong !== null) return { code, wrong };
  }
  throw new Error('no seed gives a code with a single look-alike fix');
}

describe('card code entry', () => {
  it('normalises while typing and shows the 4-6-5 grouping', async () => {
    const { user } = await renderApp();
    const field = screen.getByRole('textbox', { name: 'Card code' });
    expect(document.activeElement).toBe(field);
    await user.type(field, 'as25 njz');
    expect((field as HTMLInputElement).value).toBe('AS25-NJZ');
    await user.type(field, 'ijx-c0o');
    expect((field as HTMLInputElement).value).toBe('AS25-NJZ1JX-C00');
  });

  it('takes a pasted code with separators and spaces', async () => {
    const { user, api } = await renderApp();
    const code = api.addCard(fakeCode(3));
    await user.click(screen.getByRole('textbox', { name: 'Card code' }));
    await user.paste(` ${formatCode(code).toLowerCase()} `);
    expect((screen.getByRole('textbox', { name: 'Card code' }) as HTMLInputElement).value).toBe(formatCode(code));
    await user.keyboard('{Enter}');
    expect(await screen.findByRole('heading', { name: 'Card found' })).toBeTruthy();
    expect(api.calls.lookupCard).toEqual([{ code }]);
  });

  it('catches a mistyped code before any call and offers the fix without applying it', async () => {
    const { user, api } = await renderApp();
    const { code, wrong } = codeWithSuggestion();
    api.addCard(code, { balanceMinor: 2_500 });
    await enterCode(user, wrong);

    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('This code does not check out');
    expect(alert.textContent).toContain(`Did you mean ${formatCode(code)}?`);
    expect(api.calls.lookupCard).toHaveLength(0);
    expect((screen.getByRole('textbox', { name: 'Card code' }) as HTMLInputElement).value).toBe(formatCode(wrong));

    await user.click(screen.getByRole('button', { name: 'Use suggested code' }));
    expect(await screen.findByRole('heading', { name: 'Card found' })).toBeTruthy();
    expect(api.calls.lookupCard).toEqual([{ code }]);
  });

  it('says when a code is incomplete', async () => {
    const { user, api } = await renderApp();
    await enterCode(user, 'AS25NJ');
    expect((await screen.findByRole('alert')).textContent).toContain('The code is incomplete: 6 of 15 characters.');
    expect(api.calls.lookupCard).toHaveLength(0);
  });

  it('Escape clears the field', async () => {
    const { user } = await renderApp();
    const field = screen.getByRole('textbox', { name: 'Card code' });
    await user.type(field, 'AS25NJ{Escape}');
    expect((field as HTMLInputElement).value).toBe('');
  });

  it('checks a balance without offering a redemption', async () => {
    const { user, api } = await renderApp();
    const code = api.addCard(fakeCode(4), { balanceMinor: 1_234 });
    await user.click(screen.getByRole('tab', { name: 'Check balance' }));
    await enterCode(user, code);
    expect(await screen.findByRole('heading', { name: 'Card balance' })).toBeTruthy();
    expect(within(screen.getByRole('group', { name: 'Card' })).getByText('$12.34')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Full balance' })).toBeNull();
    expect(api.calls.redeem).toHaveLength(0);
  });

  it('looks up a code from a scanner event', async () => {
    const { api } = await renderApp();
    const code = api.addCard(fakeCode(5));
    api.emit('scan', { source: 'wedge', payload: code, receivedAt: '2026-11-22T15:00:00.000Z' });
    expect(await screen.findByRole('heading', { name: 'Card found' })).toBeTruthy();
  });
});
