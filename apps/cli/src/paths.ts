import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { cliEnv } from './env';

export const repoRoot = fileURLToPath(new URL('../../..', import.meta.url));

/** `.zhijian/` in the repo (git-ignored) unless ZHIJIAN_HOME says otherwise. */
export const zhijianHome = () => path.resolve(cliEnv().ZHIJIAN_HOME ?? path.join(repoRoot, '.zhijian'));

export const entryPoints = {
  server: path.join(repoRoot, 'apps/server/src/main.ts'),
  worker: path.join(repoRoot, 'apps/worker/src/main.ts'),
};

/** DATA_DIR, else `.zhijian/data`; passed on to the server and worker the CLI starts. */
export const dataDir = () => path.resolve(cliEnv().DATA_DIR ?? path.join(zhijianHome(), 'data'));
