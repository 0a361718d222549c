import { fileURLToPath } from 'node:url';
import { integrationTestConfig } from '../../vitest.shared';

export default integrationTestConfig(fileURLToPath(new URL('.', import.meta.url)));
