import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { DEMO_USERS } from '@zhijian/auth';
import { zhijianHome } from './paths';

export type DemoCredentials = Record<string, string>;

/**
 * Demo passwords are random per installation, kept (mode 600) in `.zhijian/demo-users.json`
 * and printed at every start, so no well-known password ever guards a running platform.
 */
export async function demoCredentials(): Promise<DemoCredentials> {
  const file = path.join(zhijianHome(), 'demo-users.json');
  const saved: DemoCredentials = existsSync(file) ? (JSON.parse(await readFile(file, 'utf8')) as DemoCredentials) : {};
  let changed = false;
  for (const user of DEMO_USERS) {
    if (!saved[user.username]) {
      saved[user.username] = `zj-${randomBytes(6).toString('base64url')}`;
      changed = true;
    }
  }
  if (changed) {
    await mkdir(zhijianHome(), { recursive: true });
    await writeFile(file, `${JSON.stringify(saved, null, 2)}\n`, { mode: 0o600 });
  }
  return saved;
}
