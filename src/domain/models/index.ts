export * from './vocab.js';
export * from './workflow.js';
export * from './image-metadata.js';
export * from './rich-text.js';
export * from './personal-data.js';
export * from './slug.js';
