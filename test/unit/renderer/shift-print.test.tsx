import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderApp } from './render-app.js';

describe('printing shift reports', { timeout: 20_000 }, () => {
  it('prints the X report on request and the Z report after closing', async () => {
    const app = await renderApp();
    await app.user.click(screen.getByRole('button', { name: 'Shift report' }));
    await screen.findByRole('heading', { name: 'X report — shift open' });
    await app.user.click(await screen.findByRole('button', { name: 'Print X report' }));
    await expect.poll(() => app.api.printer.printed).toEqual(['shift:x']);

    await app.user.click(screen.getByRole('button', { name: 'Close shift' }));
    await app.user.click(screen.getByRole('button', { name: 'Yes, close shift' }));
    await screen.findByRole('heading', { name: 'Z report — shift closed' });
    await app.user.click(screen.getByRole('button', { name: 'Print Z report' }));
    await expect.poll(() => app.api.printer.printed).toEqual(['shift:x', 'shift:z']);
  });

  it('tells the cashier when the printer cannot take the report', async () => {
    const app = await renderApp();
    app.api.printer.status = { ...app.api.printer.status, condition: 'paper_out', message: 'Printer out of paper' };
    await app.user.click(screen.getByRole('button', { name: 'Shift report' }));
    await app.user.click(await screen.findByRole('button', { name: 'Print X report' }));
    // Next to the button pressed (the status bar also counts the receipt now waiting).
    const shift = screen.getByRole('region', { name: 'X report — shift open' });
    expect(await within(shift).findByRole('alert')).toHaveProperty('textContent', 'Printer out of paper');
  });
});
