// Runs on whatever Node the machine has (20 or newer): plain JavaScript, no dependencies.
// Installs the project's packages when they are missing or stale, then hands work over to the
// Node 24 that the `node` devDependency provides.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import path from 'node:path';

export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const node24 = path.join(root, 'node_modules', '.bin', 'node');

function mtime(file) {
	return existsSync(file) ? statSync(file).mtimeMs : 0;
}

export function ensureInstalled() {
	const marker = path.join(root, 'node_modules', '.package-lock.json');
	const stale =
		!existsSync(node24) ||
		mtime(path.join(root, 'package.json')) > mtime(marker) ||
		mtime(path.join(root, 'package-lock.json')) > mtime(marker);
	if (!stale) return;
	console.log('MHub: installing packages (first run only; about a minute)…');
	const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
	// Only errors: on the machine's older Node, npm warns about every package that needs Node 22 or
	// newer (about forty lines), though they run on the Node 24 this install brings.
	const result = spawnSync(npm, ['install', '--no-audit', '--no-fund', '--loglevel=error'], {
		cwd: root,
		stdio: 'inherit'
	});
	if (result.status !== 0) {
		console.error('MHub: npm install failed; see the messages above.');
		process.exit(result.status ?? 1);
	}
}

/** Runs a script under Node 24, passing signals through, and exits with its code. */
export function handOver(script, args = [], env = {}) {
	const child = spawn(node24, [script, ...args], {
		cwd: root,
		stdio: 'inherit',
		env: { ...process.env, ...env }
	});
	// Ctrl-C reaches the whole process group; the child shuts down on its own, we wait for it.
	for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
		process.on(signal, () => child.kill(signal));
	}
	child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
}
