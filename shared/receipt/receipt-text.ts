/**
 * Every word a receipt, slip, report or printer message says, in each language the terminal
 * speaks. The receipts are built by the host (which has no i18next) and by the renderer's preview
 * alike, so the words live here in shared/, next to the documents that use them. Spanish follows
 * the screens' catalog (renderer/i18n/es.ts): "tarjeta regalo", "ticket", "usted" instructions.
 */
import type { Language } from '../language.js';

export interface ReceiptText {
  redemption: string;
  giftCard: string;
  currency: string;
  balanceBefore: string;
  redeemed: string;
  remainingBalance: string;
  stillDue: string;
  terminal: string;
  cashier: string;
  date: string;
  transaction: string;
  duplicate: string;
  balanceTitle: string;
  balance: string;
  voidTitle: string;
  voidedRedemption: string;
  returnedToCard: string;
  reason: (reason: string) => string;
  /** Selling at the till: an activation, a load, a refund to a card. */
  activationTitle: string;
  loadTitle: string;
  refundTitle: string;
  activated: string;
  loaded: string;
  refunded: string;
  newBalance: string;
  approvedBy: string;
  movedOutTitle: string;
  frozenCard: string;
  movedOut: string;
  cardBalance: string;
  movedInTitle: string;
  newCard: string;
  movedIn: string;
  xReport: string;
  zReport: string;
  shift: string;
  opened: string;
  closed: string;
  redemptions: string;
  full: string;
  partial: string;
  voids: string;
  voided: string;
  reversals: string;
  reversed: string;
  netRedeemed: string;
  entryLockouts: string;
  notYetSettled: string;
  outcomeUnknown: string;
  pending: string;
  pendingAmount: string;
  fullBalanceUnknown: string;
  storeReport: string;
  from: string;
  until: string;
  shifts: string;
  noShifts: string;
  byCashier: string;
  byTerminal: string;
  stillOpen: string;
  /** "Redeemed (3)", "Voided (1)", "Reversed (0)", "Voids (2)" in the store report. */
  counted: (label: string, count: number) => string;
  printerTest: string;
  paper: string;
  paperProfile: (paperMm: number, small: boolean) => string;
  columns: string;
  printedAt: string;
  characters: string;
  /** The footer when the printer settings name none. */
  defaultFooter: string;
  printer: {
    ready: string;
    paper_out: string;
    cover_open: string;
    offline: string;
    unknown: string;
    not_configured: string;
    cannot_save: string;
  };
}

const en: ReceiptText = {
  redemption: 'Gift card redemption',
  giftCard: 'Gift card',
  currency: 'Currency',
  balanceBefore: 'Balance before',
  redeemed: 'Redeemed',
  remainingBalance: 'Remaining balance',
  stillDue: 'Still due',
  terminal: 'Terminal',
  cashier: 'Cashier',
  date: 'Date',
  transaction: 'Transaction',
  duplicate: 'DUPLICATE',
  balanceTitle: 'Gift card balance',
  balance: 'Balance',
  voidTitle: 'Redemption voided',
  voidedRedemption: 'Voided redemption',
  returnedToCard: 'Returned to card',
  reason: (reason) => `Reason: ${reason}`,
  activationTitle: 'Gift card sold',
  loadTitle: 'Gift card reload',
  refundTitle: 'Refund to gift card',
  activated: 'Activated',
  loaded: 'Loaded',
  refunded: 'Refunded',
  newBalance: 'New balance',
  approvedBy: 'Approved by manager',
  movedOutTitle: 'Lost card: balance moved out',
  frozenCard: 'Frozen card',
  movedOut: 'Moved out',
  cardBalance: 'Card balance',
  movedInTitle: 'New card: balance moved in',
  newCard: 'New card',
  movedIn: 'Moved in',
  xReport: 'X report (shift open)',
  zReport: 'Z report (shift closed)',
  shift: 'Shift',
  opened: 'Opened',
  closed: 'Closed',
  redemptions: 'Redemptions',
  full: 'full',
  partial: 'partial',
  voids: 'Voids',
  voided: 'Voided',
  reversals: 'Reversals',
  reversed: 'Reversed',
  netRedeemed: 'Net redeemed',
  entryLockouts: 'Entry lockouts',
  notYetSettled: 'NOT YET SETTLED',
  outcomeUnknown: 'Outcome unknown: the terminal is still asking the backend.',
  pending: 'Pending',
  pendingAmount: 'Pending amount',
  fullBalanceUnknown: 'Full balance, amount unknown',
  storeReport: 'Store shift report',
  from: 'From',
  until: 'Until',
  shifts: 'Shifts',
  noShifts: 'No shifts in this period.',
  byCashier: 'By cashier',
  byTerminal: 'By terminal',
  stillOpen: 'still open',
  counted: (label, count) => `${label} (${count})`,
  printerTest: 'Printer test',
  paper: 'Paper',
  paperProfile: (paperMm, small) => `${paperMm} mm, ${small ? 'small' : 'normal'} font`,
  columns: 'Columns',
  printedAt: 'Printed at',
  characters: 'Characters',
  defaultFooter: 'Thank you. Keep this receipt to check your balance.',
  printer: {
    ready: 'Printer ready',
    paper_out: 'Printer is out of paper — load a new roll, then press Retry printing',
    cover_open: 'Printer cover is open — close it, then press Retry printing',
    offline: 'Printer is offline — check its power and cable, then press Retry printing',
    unknown: 'Printer did not report its status',
    not_configured: 'No receipt printer is set up',
    cannot_save:
      'The receipt could not be saved as PDF — check the receipt folder in Settings, then press Retry printing',
  },
};

const es: ReceiptText = {
  redemption: 'Canje de tarjeta regalo',
  giftCard: 'Tarjeta regalo',
  currency: 'Moneda',
  balanceBefore: 'Saldo anterior',
  redeemed: 'Canjeado',
  remainingBalance: 'Saldo restante',
  stillDue: 'Importe pendiente',
  terminal: 'Terminal',
  cashier: 'Cajero',
  date: 'Fecha',
  transaction: 'Transacción',
  duplicate: 'DUPLICADO',
  balanceTitle: 'Saldo de la tarjeta regalo',
  balance: 'Saldo',
  voidTitle: 'Canje anulado',
  voidedRedemption: 'Canje anulado',
  returnedToCard: 'Devuelto a la tarjeta',
  reason: (reason) => `Motivo: ${reason}`,
  activationTitle: 'Venta de tarjeta regalo',
  loadTitle: 'Recarga de tarjeta regalo',
  refundTitle: 'Reembolso a tarjeta regalo',
  activated: 'Activado',
  loaded: 'Recargado',
  refunded: 'Reembolsado',
  newBalance: 'Saldo nuevo',
  approvedBy: 'Aprobado por el gerente',
  movedOutTitle: 'Tarjeta perdida: saldo transferido',
  frozenCard: 'Tarjeta bloqueada',
  movedOut: 'Transferido',
  cardBalance: 'Saldo de la tarjeta',
  movedInTitle: 'Tarjeta nueva: saldo recibido',
  newCard: 'Tarjeta nueva',
  movedIn: 'Recibido',
  xReport: 'Informe X (turno abierto)',
  zReport: 'Informe Z (turno cerrado)',
  shift: 'Turno',
  opened: 'Apertura',
  closed: 'Cierre',
  redemptions: 'Canjes',
  full: 'completos',
  partial: 'parciales',
  voids: 'Anulaciones',
  voided: 'Anulado',
  reversals: 'Reversiones',
  reversed: 'Revertido',
  netRedeemed: 'Canjeado neto',
  entryLockouts: 'Bloqueos de entrada',
  notYetSettled: 'SIN CONFIRMAR',
  outcomeUnknown: 'Resultado desconocido: el terminal sigue consultando al servidor.',
  pending: 'Pendientes',
  pendingAmount: 'Importe pendiente',
  fullBalanceUnknown: 'Saldo completo, importe desconocido',
  storeReport: 'Informe de turnos de la tienda',
  from: 'Desde',
  until: 'Hasta',
  shifts: 'Turnos',
  noShifts: 'No hay turnos en este periodo.',
  byCashier: 'Por cajero',
  byTerminal: 'Por terminal',
  stillOpen: 'aún abierto',
  counted: (label, count) => `${label} (${count})`,
  printerTest: 'Prueba de impresora',
  paper: 'Papel',
  paperProfile: (paperMm, small) => `${paperMm} mm, letra ${small ? 'pequeña' : 'normal'}`,
  columns: 'Columnas',
  printedAt: 'Impreso',
  characters: 'Caracteres',
  defaultFooter: 'Gracias. Guarde este ticket para consultar su saldo.',
  printer: {
    ready: 'Impresora lista',
    paper_out: 'La impresora no tiene papel: ponga un rollo nuevo y pulse Reintentar la impresión',
    cover_open: 'La tapa de la impresora está abierta: ciérrela y pulse Reintentar la impresión',
    offline: 'La impresora no responde: compruebe la alimentación y el cable, y pulse Reintentar la impresión',
    unknown: 'La impresora no ha informado de su estado',
    not_configured: 'No hay ninguna impresora de tickets configurada',
    cannot_save:
      'No se ha podido guardar el ticket en PDF: compruebe la carpeta de tickets en Ajustes y pulse Reintentar la impresión',
  },
};

const TEXTS: Record<Language, ReceiptText> = { en, es };

export function receiptText(language: Language | undefined): ReceiptText {
  return TEXTS[language ?? 'en'];
}
