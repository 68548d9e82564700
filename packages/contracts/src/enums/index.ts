/**
 * The contracts' value lists (and the permission table), without zod: the dashboard's client
 * components import them from `@vigil/contracts/enums` so the browser bundle carries no schemas.
 */
export * from './casework';
export * from './common';
export * from './dossiers';
export * from './errors';
export * from './evictions';
export * from './evidence';
export * from './incidents';
export * from '../permissions';
export * from './roles';
export * from './sessions';
export * from './sites';
export * from './supplies';
export * from './users';
export * from './vocabularies';
