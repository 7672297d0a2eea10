/**
 * The shift screen, a void with the manager's approval, a lost card's freeze and transfer, the list
 * of redemptions checked after a lost answer, and the manager view in Spanish: headings, buttons,
 * field names, the close-blocked explanation with its count, and the sentences built from amounts
 * and masked card numbers.
 */
import { act, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { maskCode } from '../../../shared/claim-code.js';
import type { Outcome } from '../../../shared/terminal-api.js';
import { applyLanguage } from '../../../renderer/i18n/index.js';
import { FAKE_MANAGER, fakeCode } from '../../fixtures/fake-terminal-api.js';
import { enterCode, renderApp } from './render-app.js';

type App = Awaited<ReturnType<typeof renderApp>>;

/** Redeems a card's full balance (in English), then switches the terminal to Spanish. */
async function redeemThenSpeakSpanish(app: App, seed: number, balanceMinor: number): Promise<string> {
  const code = app.api.addCard(fakeCode(seed), { balanceMinor });
  await enterCode(app.user, code);
  await app.user.click(await screen.findByRole('button', { name: 'Full balance' }));
  await app.user.click(screen.getByRole('button', { name: 'Confirm redemption' }));
  await screen.findByRole('heading', { name: 'Approved' });
  await app.user.click(screen.getByRole('button', { name: 'Next customer' }));
  await applyLanguage('es');
  return maskCode(code.replace(/-/g, '').slice(-4));
}

describe('shift and manager screens in Spanish', { timeout: 20_000 }, () => {
  // The catalogs are one instance per test file: every test starts in English.
  afterEach(() => applyLanguage('en'));

  it('explains in Spanish why the shift cannot close, then closes it and shows the Z report', async () => {
    const app = await renderApp();
    await redeemThenSpeakSpanish(app, 31, 2_000);
    await app.user.click(screen.getByRole('button', { name: 'Informe del turno' }));
    await screen.findByRole('heading', { name: 'Informe X: turno abierto' });

    app.api.failNext('closeShift', { code: 'outcome_unknown', message: '1 redemption(s) unresolved' });
    await app.user.click(screen.getByRole('button', { name: 'Cerrar turno' }));
    expect(
      screen.getByRole('alertdialog', { name: '¿Cerrar este turno? Ya no se podrá canjear nada en él.' }),
    ).toBeTruthy();
    await app.user.click(screen.getByRole('button', { name: 'Sí, cerrar el turno' }));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('El turno aún no se puede cerrar.');
    expect(alert.textContent).toContain('Antes hay que resolver 1 canje(s) con resultado desconocido');

    await app.user.click(screen.getByRole('button', { name: 'Cerrar turno' }));
    await app.user.click(screen.getByRole('button', { name: 'Sí, cerrar el turno' }));
    const heading = await screen.findByRole('heading', { name: 'Informe Z: turno cerrado' });
    expect(heading.nextElementSibling?.textContent).toMatch(/^Abierto .+, cerrado .+$/);
    expect(screen.getByRole('group', { name: 'Informe Z' })).toBeTruthy();
    const zReport = screen.getByRole('region', { name: 'Informe Z: turno cerrado' });
    expect(within(zReport).getByRole('button', { name: 'Cerrar sesión' })).toBeTruthy();
  });

  it('voids a redemption with a manager’s approval, every step in Spanish', async () => {
    const app = await renderApp();
    const card = await redeemThenSpeakSpanish(app, 32, 1_500);
    await app.user.click(screen.getByRole('button', { name: 'Informe del turno' }));
    await screen.findByRole('heading', { name: 'Informe X: turno abierto' });
    await app.user.click(screen.getByRole('button', { name: `Anular ${card}` }));

    const dialog = screen.getByRole('dialog', { name: new RegExp(`^Anular .*15.00 en ${card}$`) });
    expect(within(dialog).getByRole('textbox', { name: 'Motivo' })).toHaveProperty('value', 'Error del cajero');
    await app.user.type(within(dialog).getByRole('textbox', { name: 'ID de encargado' }), FAKE_MANAGER.id);
    await app.user.type(within(dialog).getByLabelText('PIN de encargado'), FAKE_MANAGER.pin);
    expect(within(dialog).getByRole('button', { name: 'Cancelar' })).toBeTruthy();
    await app.user.click(within(dialog).getByRole('button', { name: 'Aprobar anulación' }));

    const result = await screen.findByText(/^Anulado: /);
    expect(result.textContent).toMatch(new RegExp(`^Anulado: .*15.00 devuelto a ${card}. Saldo nuevo: .*15.00$`));
    expect(screen.getByRole('button', { name: 'Imprimir el ticket de anulación' })).toBeTruthy();
    expect(app.api.calls.voidRedemption).toEqual([expect.objectContaining({ reason: 'Error del cajero' })]);
  });

  it('shows the manager view, its chart and its totals in Spanish', async () => {
    const app = await renderApp({ signedIn: false });
    await app.user.type(screen.getByRole('textbox', { name: 'Cashier ID' }), FAKE_MANAGER.id);
    await app.user.type(screen.getByLabelText('PIN', { exact: true }), `${FAKE_MANAGER.pin}{Enter}`);
    await screen.findByRole('heading', { name: 'Redeem gift card' });
    await redeemThenSpeakSpanish(app, 33, 1_250);
    await app.user.click(screen.getByRole('button', { name: 'Vista de encargado' }));

    await screen.findByRole('heading', { name: 'Vista de encargado', level: 1 });
    expect(screen.getByLabelText('Desde')).toBeTruthy();
    expect(screen.getByLabelText('Hasta')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Mostrar' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Volver a canjear' })).toBeTruthy();
    expect(await screen.findByRole('button', { name: 'Exportar turnos (CSV)' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Exportar operaciones (CSV)' })).toBeTruthy();
    await app.user.click(screen.getByRole('tab', { name: 'Por cajero' }));
    expect(screen.getByRole('table', { name: 'Por cajero' })).toBeTruthy();
    await app.user.click(screen.getByRole('tab', { name: 'Por terminal' }));
    expect(screen.getByRole('table', { name: 'Por terminal' })).toBeTruthy();

    // A range of days: the chart shows one of them, chosen beside it.
    const from = screen.getByLabelText<HTMLInputElement>('Desde');
    await app.user.clear(from);
    await app.user.type(from, '2026-11-21');
    await app.user.click(screen.getByRole('button', { name: 'Mostrar' }));
    const chartDay = await screen.findByLabelText<HTMLInputElement>('Día del gráfico');
    await app.user.clear(chartDay);
    await app.user.type(chartDay, '2026-11-22');
    expect(screen.getByRole('img', { name: /^Canjes por hora el 22 .*2026: 1 en total$/ })).toBeTruthy();
    expect(screen.getByText('Hora del día')).toBeTruthy();
    await app.user.click(screen.getByRole('tab', { name: 'Por hora' }));
    const hourly = screen.getByRole('table', { name: 'Canjes por hora el 2026-11-22 (tabla)' });
    expect(
      within(hourly)
        .getAllByRole('columnheader')
        .map((cell) => cell.textContent),
    ).toEqual(['Hora', 'Canjes', 'Importe']);
  });

  it('freezes a lost card and moves its balance to a new card, every step in Spanish', async () => {
    const app = await renderApp();
    const lost = app.api.addCard(fakeCode(34), { balanceMinor: 2_500 });
    const replacement = app.api.addCard(fakeCode(35), { balanceMinor: 500 });
    await app.user.click(screen.getByRole('tab', { name: 'Check balance' }));
    await enterCode(app.user, lost);
    await screen.findByRole('button', { name: 'Report lost or stolen' });
    await applyLanguage('es');

    const actions = screen.getByRole('group', { name: 'Tarjeta perdida o robada' });
    await app.user.click(within(actions).getByRole('button', { name: 'Notificar pérdida o robo' }));
    let dialog = screen.getByRole('dialog', { name: `Bloquear ${maskCode(lost)}` });
    expect(within(dialog).getByRole('textbox', { name: 'Motivo' })).toHaveProperty('value', 'Notificada como perdida');
    await app.user.type(within(dialog).getByRole('textbox', { name: 'ID de encargado' }), FAKE_MANAGER.id);
    await app.user.type(within(dialog).getByLabelText('PIN de encargado'), FAKE_MANAGER.pin);
    await app.user.click(within(dialog).getByRole('button', { name: 'Aprobar bloqueo' }));

    await app.user.click(await screen.findByRole('button', { name: 'Pasar el saldo a una tarjeta nueva' }));
    expect(screen.getByRole('button', { name: 'Desbloquear la tarjeta' })).toBeTruthy();
    dialog = screen.getByRole('dialog', { name: `Pasar el saldo de ${maskCode(lost)}` });
    await app.user.type(within(dialog).getByRole('textbox', { name: 'Código de la tarjeta nueva' }), replacement);
    await app.user.type(within(dialog).getByRole('textbox', { name: 'ID de encargado' }), FAKE_MANAGER.id);
    await app.user.type(within(dialog).getByLabelText('PIN de encargado'), FAKE_MANAGER.pin);
    await app.user.click(within(dialog).getByRole('button', { name: 'Aprobar traspaso' }));

    const moved = await screen.findByText(/^Saldo pasado: /);
    expect(moved.textContent).toMatch(
      new RegExp(
        `^Saldo pasado: .*25.00 de ${maskCode(lost)} a ${maskCode(replacement)}. Saldo de la tarjeta nueva: .*30.00$`,
      ),
    );
    expect(screen.getByRole('button', { name: 'Imprimir los tickets del traspaso' })).toBeTruthy();
    expect(app.api.calls.transferBalance.at(-1)).toMatchObject({ reason: 'Sustituye a una tarjeta perdida' });
    expect(document.body.textContent).not.toContain(replacement);
  });

  it('says in Spanish which redemptions checked after a lost answer were charged', async () => {
    const app = await renderApp();
    const checked = (state: Outcome['state'], last4: string): Outcome => ({
      tenderId: `tender-${last4}`,
      last4,
      amountMinor: 1_000,
      currency: 'USD',
      state,
      at: '2026-11-22T15:30:00.000Z',
    });
    await applyLanguage('es');
    act(() =>
      app.store.getState().applyStatus({
        ...app.api.status,
        outcomes: { pending: [checked('unknown', 'AAA1')], resolved: [checked('reversed', 'BBB2')] },
      }),
    );
    const list = await screen.findByRole('list', { name: 'Canjes y ventas comprobados tras perderse la respuesta' });
    const items = within(list)
      .getAllByRole('listitem')
      .map((item) => item.textContent);
    expect(items).toEqual([
      expect.stringMatching(/•••• AAA1 · .*10.00 · Resultado desconocido: no entregue la mercancía$/),
      expect.stringMatching(/•••• BBB2 · .*10.00 · No cobrado$/),
    ]);
  });
});
