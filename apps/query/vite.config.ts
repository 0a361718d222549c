import { fileURLToPath } from 'node:url';
import { webAppViteConfig } from '../../libs/ui/vite.app-config';

export default webAppViteConfig('query', fileURLToPath(new URL('.', import.meta.url)));
