import { fileURLToPath } from 'node:url';
import { webAppViteConfig } from '../../libs/ui/vite.app-config';

export default webAppViteConfig('library', fileURLToPath(new URL('.', import.meta.url)));
