export * from './audit.js';
export * from './common.js';
export * from './keys.js';
export * from './orientations.js';
export * from './sessions.js';
export * from './tenants.js';
