// One place that says how every project runs its tests, so the projects' own
// vitest configs stay one line long.
import { defineConfig } from 'vitest/config';
import { fileURLToPath } from 'node:url';
import path from 'node:path';

const root = path.dirname(fileURLToPath(import.meta.url));

/** Unit tests: `*.test.ts(x)` beside the source; no services. */
export function unitTestConfig(projectDir: string) {
  return defineConfig({
    root: projectDir,
    test: {
      include: ['src/**/*.test.{ts,tsx}'],
      exclude: ['**/*.integration.test.{ts,tsx}', '**/node_modules/**'],
      passWithNoTests: false,
    },
  });
}

/**
 * Integration tests: `*.integration.test.ts`, against the real PostgreSQL and Redis.
 * The global setup resolves (or starts) the services and migrates a template database
 * that each test file clones.
 */
export function integrationTestConfig(projectDir: string) {
  return defineConfig({
    root: projectDir,
    test: {
      include: ['src/**/*.integration.test.{ts,tsx}', 'test/**/*.integration.test.{ts,tsx}'],
      globalSetup: [path.join(root, 'libs/testing/src/global-setup.ts')],
      testTimeout: 60_000,
      hookTimeout: 120_000,
      // Files run in parallel processes; each clones its own database from the template.
      fileParallelism: true,
    },
  });
}
