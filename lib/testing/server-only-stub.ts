// Empty stand-in for the 'server-only' marker in unit tests (see vitest.config.ts).
export {};
