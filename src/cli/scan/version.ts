// Identity reported in JSON and SARIF output, read from the manifest at build time.
import manifest from '../../../package.json';

const links = manifest as { homepage?: string; repository?: string | { url?: string } };
const repository = typeof links.repository === 'string' ? links.repository : links.repository?.url;

export const KEYWARD_VERSION: string = manifest.version;
/** Where SARIF viewers link the tool name; absent until the manifest names a home page. */
export const KEYWARD_INFORMATION_URI: string | undefined =
  links.homepage ?? repository?.replace(/^git\+/, '').replace(/\.git$/, '');
