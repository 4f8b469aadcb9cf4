export * from './forms.js';
export * from './compute.js';
