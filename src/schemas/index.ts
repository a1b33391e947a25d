// The authoring format's schemas, in one place.
export * from './common.ts';
export * from './source.ts';
export * from './figure.ts';
export * from './annotation.ts';
export * from './article.ts';
export * from './site.ts';
