export * from './rules.js';
export * from './intake.js';
