import { fileURLToPath } from 'node:url';
import { mergeConfig } from 'vitest/config';
import { integrationTestConfig } from '../../vitest.shared';

// Browser tests: real server process, real services, Debian's Chromium.
export default mergeConfig(integrationTestConfig(fileURLToPath(new URL('.', import.meta.url))), {
  test: { include: ['src/**/*.e2e.test.ts'], testTimeout: 120_000, fileParallelism: false },
});
