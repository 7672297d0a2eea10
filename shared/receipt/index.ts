export * from './receipt-document.js';
export * from './receipt-format.js';
export * from './redemption-receipt.js';
export * from './card-slips.js';
export * from './shift-report.js';
export * from './receiptline-markup.js';
export * from './word-wrap.js';
