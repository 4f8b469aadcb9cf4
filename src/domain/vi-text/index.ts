// Vietnamese text utilities: normalisation, search keys, names, dates, money, CCCD, phone numbers.
// Pure functions, no I/O.
export * from './normalize.js';
export * from './collation.js';
export * from './names.js';
export * from './dates.js';
export * from './money.js';
export * from './cccd.js';
export * from './phone.js';
export * from './control.js';
