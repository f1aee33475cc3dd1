// Identity reported in JSON and SARIF output, read from the manifest at build time.
import manifest from '../../../package.json';

export const KEYWARD_VERSION: string = manifest.version;
export const KEYWARD_INFORMATION_URI: string = manifest.repository.url.replace(/\.git$/, '');
