import type { BuildOptions } from 'esbuild';

export declare const browserBuild: Pick<BuildOptions, 'platform' | 'target' | 'alias' | 'inject'>;
