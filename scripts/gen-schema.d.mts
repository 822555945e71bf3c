/** Types for gen-schema.mjs, so tests can call it in-process. */
export const SCHEMA_PATH: string;
export function generateSchema(): string;
