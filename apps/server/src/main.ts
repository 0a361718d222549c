// Server process entry point: `zhijian serve` or `npm start` runs this file.
import { EnvError } from '@zhijian/config';
import { loadServerEnv } from './env';
import { buildServer } from './server';

let env;
try {
  env = loadServerEnv();
} catch (error) {
  if (!(error instanceof EnvError)) throw error;
  console.error(`zhijian server: ${error.message}`);
  process.exit(78);
}

const app = await buildServer(env);
await app.listen({ port: env.PORT, host: env.HOST });

let closing = false;
for (const signal of ['SIGTERM', 'SIGINT'] as const) {
  process.on(signal, () => {
    if (closing) return;
    closing = true;
    app.log.info({ signal }, 'server closing');
    app.close().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  });
}
