// `npm test`: the whole suite, step by step. Runs on Node 24 (see scripts/run.mjs).
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { root } from './bootstrap.mjs';

const bin = (name) => path.join(root, 'node_modules', '.bin', name);
const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

function step(title, command, args, env = {}) {
	console.log(`\n▶ ${title}`);
	const started = Date.now();
	// node_modules/.bin first, so that tools started through `#!/usr/bin/env node` run on Node 24.
	const PATH = `${path.join(root, 'node_modules', '.bin')}${path.delimiter}${process.env.PATH}`;
	const result = spawnSync(command, args, {
		cwd: root,
		stdio: 'inherit',
		env: { ...process.env, PATH, ...env }
	});
	if (result.status !== 0) {
		console.error(`\n✗ ${title} failed`);
		process.exit(result.status ?? 1);
	}
	console.log(`✓ ${title} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
}

const node = process.execPath;
step('Compile messages', bin('paraglide-js'), [
	'compile',
	'--project',
	'./project.inlang',
	'--outdir',
	'./src/lib/paraglide',
	'--strategy',
	'cookie',
	'preferredLanguage',
	'baseLocale'
]);
step('Sync SvelteKit types', bin('svelte-kit'), ['sync']);
step('Migrations match the schema', node, ['scripts/check-migrations.mjs']);
step('Format (prettier)', bin('prettier'), ['--check', '--log-level', 'warn', '.']);
step('Lint (eslint)', bin('eslint'), ['.']);
step('Type check (svelte-check)', bin('svelte-check'), [
	'--tsconfig',
	'./tsconfig.json',
	'--threshold',
	'error',
	'--output',
	'human'
]);
step('Unit and database tests (vitest)', bin('vitest'), ['run']);
step('Build', node, ['scripts/build.mjs']);
if (!existsSync(chromium)) {
	if (process.env.CI) {
		console.error(
			`✗ Chromium not found at ${chromium}: CI must run the browser tests (apt-get install -y chromium).`
		);
		process.exit(1);
	}
	console.warn(
		`\n⚠ Skipping the browser tests: no Chromium at ${chromium}. Install it with: sudo apt-get install -y chromium`
	);
} else {
	step('End-to-end tests (Playwright, Chromium)', bin('playwright'), ['test']);
}
console.log('\nAll checks passed.');
