import path from 'node:path';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: {
    alias: {
      '@': import.meta.dirname,
      // The marker package throws outside React Server Components; unit tests call the query layer directly.
      'server-only': path.join(import.meta.dirname, 'lib', 'testing', 'server-only-stub.ts'),
    },
  },
  test: {
    include: ['lib/**/*.test.ts', 'bench/**/*.test.ts', 'scripts/**/*.test.ts', 'app/**/*.test.{ts,tsx}', 'components/**/*.test.{ts,tsx}'],
    environment: 'node',
    testTimeout: 60_000,
    hookTimeout: 120_000,
    fileParallelism: false,
  },
});
