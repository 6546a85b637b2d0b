import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

const alias = [{ find: /^@\//, replacement: `${path.dirname(fileURLToPath(import.meta.url))}/` }];

export default defineConfig({
  resolve: { alias },
  test: {
    projects: [
      {
        resolve: { alias },
        test: { name: 'unit', include: ['test/unit/**/*.test.ts'], environment: 'node' },
      },
      {
        resolve: { alias },
        test: {
          name: 'db',
          include: ['test/db/**/*.test.ts'],
          // Downloads write absolute addresses from SITE_URL; the tests' requests go to another host on purpose.
          env: { SITE_URL: 'https://figures.example.org' },
          // The streaming test forces garbage collection to measure what an export keeps, not what it churns.
          execArgv: ['--expose-gc'],
          environment: 'node',
          testTimeout: 60_000,
          hookTimeout: 120_000,
        },
      },
      {
        resolve: { alias },
        test: {
          name: 'e2e',
          include: ['test/e2e/**/*.test.ts'],
          globalSetup: ['test/e2e/global-setup.ts'],
          environment: 'node',
          testTimeout: 120_000,
          hookTimeout: 300_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
