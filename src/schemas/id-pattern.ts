// The pattern of every id of the format (articles, annotations, sources, figures), free of zod so that the browser's scripts can use it too.
export const KEBAB_CASE = /^[a-z0-9]+(-[a-z0-9]+)*$/;
