import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { cliEnv } from './env';
import { zhijianHome } from './paths';

/** SESSION_SECRET from the environment, else one generated once and kept (mode 600) under `.zhijian/`. */
export async function sessionSecret(): Promise<string> {
  const fromEnv = cliEnv().SESSION_SECRET;
  if (fromEnv) return fromEnv;
  const file = path.join(zhijianHome(), 'session-secret');
  if (existsSync(file)) return (await readFile(file, 'utf8')).trim();
  await mkdir(zhijianHome(), { recursive: true });
  const secret = randomBytes(48).toString('base64url');
  await writeFile(file, `${secret}\n`, { mode: 0o600 });
  return secret;
}
