// The Vite setup shared by the four front ends, so each app's vite.config.ts is one call.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { type UserConfig } from 'vite';
import { type AppName } from './src/apps';

const workspaceRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

// `npm start` serves the API here; the dev server forwards to it so cookies stay same-origin.
const apiOrigin = 'http://127.0.0.1:3000';

const vendorChunks: Array<[chunk: string, pattern: RegExp]> = [
  ['react', /\/node_modules\/(react|react-dom|scheduler|react-router|react-router-dom|cookie|set-cookie-parser)\//],
  ['antd', /\/node_modules\/(antd|@ant-design|@rc-component|rc-[^/]+|@emotion|dayjs|classnames|clsx|stylis|throttle-debounce|scroll-into-view-if-needed|compute-scroll-into-view|json2mq|string-convert|@babel\/runtime)\//],
  ['data', /\/node_modules\/(@tanstack|@trpc)\//],
];

/** Splits the big, rarely-changing libraries out so a feature change re-downloads only the app's own code. */
function vendorChunk(id: string): string | undefined {
  const normalized = id.replaceAll('\\', '/');
  return vendorChunks.find(([, pattern]) => pattern.test(normalized))?.[0];
}

export function webAppViteConfig(app: AppName, appDir: string): UserConfig {
  return {
    root: appDir,
    base: `/${app}/`,
    cacheDir: path.join(workspaceRoot, 'node_modules/.vite', app),
    plugins: [react()],
    resolve: {
      alias: [{ find: /^@zhijian\/ui$/, replacement: path.join(workspaceRoot, 'libs/ui/src/index.ts') }],
    },
    server: {
      proxy: { '/trpc': apiOrigin, '/health': apiOrigin, '/api': apiOrigin },
    },
    build: {
      outDir: path.join(appDir, 'dist'),
      emptyOutDir: true,
      // The antd vendor chunk alone is ~580 kB minified (~190 kB gzip); warn only when something outgrows it.
      chunkSizeWarningLimit: 700,
      rollupOptions: { output: { manualChunks: vendorChunk } },
    },
  };
}
