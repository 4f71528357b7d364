// Builds the web app (SvelteKit, adapter-node) and bundles the mhub CLI beside it.
import { cp, rm } from 'node:fs/promises';
import path from 'node:path';
import { root } from './bootstrap.mjs';
import { workerModulesEsbuild } from './worker-bundle.mjs';

export const buildDir = path.resolve(root, process.env.MHUB_BUILD_DIR ?? 'build');

export async function build() {
	const { createBuilder } = await import('vite');
	const esbuild = await import('esbuild');
	await rm(buildDir, { recursive: true, force: true });
	const builder = await createBuilder({ root, logLevel: 'warn' });
	await builder.buildApp();
	await esbuild.build({
		entryPoints: [path.join(root, 'src/cli/mhub.ts')],
		outfile: path.join(buildDir, 'cli', 'mhub.js'),
		bundle: true,
		platform: 'node',
		format: 'esm',
		target: 'node24',
		packages: 'external',
		plugins: [workerModulesEsbuild()],
		logLevel: 'warning'
	});
	await cp(path.join(root, 'src/lib/server/db/migrations'), path.join(buildDir, 'migrations'), {
		recursive: true
	});
}
