import { fileURLToPath } from 'node:url';
import { mergeConfig } from 'vite';
import { webAppViteConfig } from '../../libs/ui/vite.app-config';

export default mergeConfig(webAppViteConfig('library', fileURLToPath(new URL('.', import.meta.url))), {
  // The console uses most of antd (tables, forms, upload, steps): its vendor chunk is
  // ~970 kB minified (~315 kB gzip), cached across releases; warn only beyond that.
  build: { chunkSizeWarningLimit: 1100 },
});
