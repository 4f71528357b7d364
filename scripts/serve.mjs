// Runs on Node 24: builds when the sources are newer than the build, then runs the mhub CLI.
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { root } from './bootstrap.mjs';
import { build, buildDir } from './build-app.mjs';

function newest(dir) {
	let latest = 0;
	for (const entry of readdirSync(dir, { withFileTypes: true })) {
		if (entry.name === 'paraglide') continue;
		const full = path.join(dir, entry.name);
		latest = Math.max(latest, entry.isDirectory() ? newest(full) : statSync(full).mtimeMs);
	}
	return latest;
}

const stamp = path.join(buildDir, 'cli', 'mhub.js');
const sources = ['src', 'messages', 'static'].map((d) => path.join(root, d));
const sourcesChanged =
	!existsSync(stamp) ||
	Math.max(...sources.map(newest), statSync(path.join(root, 'package.json')).mtimeMs) >
		statSync(stamp).mtimeMs;
if (sourcesChanged) {
	console.log('MHub: building…');
	await build();
}
const args = process.argv.slice(2);
process.argv = [process.argv[0], stamp, ...(args.length ? args : ['start'])];
await import(stamp);
