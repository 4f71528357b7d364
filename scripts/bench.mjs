// `npm run bench [scenario…]`: builds MHub into its own folders (so it never disturbs a developer's
// build), bundles bench/ with esbuild, then runs it. Runs on Node 24 (see scripts/run.mjs).
import { spawn, spawnSync } from 'node:child_process';
import path from 'node:path';
import { root } from './bootstrap.mjs';

const buildDir = path.join(root, '.tmp', 'build-bench');
const bundleDir = path.join(root, '.tmp', 'bench', 'bundle');
const bin = (name) => path.join(root, 'node_modules', '.bin', name);

function run(title, command, args, env = {}) {
	console.log(`▶ ${title}`);
	const result = spawnSync(command, args, { cwd: root, stdio: 'inherit', env: { ...process.env, ...env } });
	if (result.status !== 0) {
		console.error(`✗ ${title} failed`);
		process.exit(result.status ?? 1);
	}
}

run('build MHub', process.execPath, ['scripts/build.mjs'], {
	MHUB_BUILD_DIR: buildDir,
	MHUB_KIT_DIR: path.join(root, '.tmp', 'kit-bench')
});
// That build pointed SvelteKit's generated tsconfig at its own folder: point it back for the editor.
run('sync SvelteKit types', bin('svelte-kit'), ['sync']);

const esbuild = await import('esbuild');
await esbuild.build({
	entryPoints: [path.join(root, 'bench', 'run.ts'), path.join(root, 'bench', 'harness', 'ceiling-server.ts')],
	outdir: bundleDir,
	outbase: path.join(root, 'bench'),
	bundle: true,
	platform: 'node',
	format: 'esm',
	target: 'node24',
	packages: 'external',
	logLevel: 'warning'
});

// The bench reports missed goals without failing; its exit code says whether it could measure at all.
// Ctrl-C reaches the bench too (same process group): it stops its servers, and we wait for it.
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) process.on(signal, () => {});
const bench = spawn(process.execPath, [path.join(bundleDir, 'run.js'), ...process.argv.slice(2)], {
	cwd: root,
	stdio: 'inherit',
	env: { ...process.env, MHUB_BUILD_DIR: buildDir }
});
bench.on('exit', (code) => process.exit(code ?? 1));
