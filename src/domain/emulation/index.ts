export * from './scoring.js';
export * from './initiatives.js';
export * from './registration.js';
