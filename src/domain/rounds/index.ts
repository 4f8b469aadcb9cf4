export * from './vocab.js';
export * from './machines.js';
export * from './procedure.js';
export * from './tally.js';
export * from './competence.js';
export * from './dossier.js';
