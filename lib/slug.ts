/** Slugs in URLs and seed files. Kept apart from lib/schemas.ts so client code does not bundle zod. */
export const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
