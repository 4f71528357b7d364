// Fails when the schema has changes that no migration records (drizzle-kit generate would add one).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, cpSync, readdirSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { root } from './bootstrap.mjs';

const committed = path.join(root, 'src/lib/server/db/migrations');
const scratch = mkdtempSync(path.join(os.tmpdir(), 'mhub-migrations-'));
cpSync(committed, scratch, { recursive: true });
const before = readdirSync(scratch).length;
const result = spawnSync(
	path.join(root, 'node_modules/.bin/drizzle-kit'),
	[
		'generate',
		'--dialect',
		'postgresql',
		'--schema',
		'./src/lib/server/db/schema/index.ts',
		'--out',
		scratch,
		'--casing',
		'snake_case',
		'--name',
		'pending'
	],
	{ cwd: root, encoding: 'utf8' }
);
const after = readdirSync(scratch).length;
rmSync(scratch, { recursive: true, force: true });
if (result.status !== 0) {
	console.error(result.stdout, result.stderr);
	process.exit(1);
}
if (after !== before) {
	console.error(
		'The schema has changes without a migration: run `npm run db:generate` and commit the result.'
	);
	process.exit(1);
}
console.log('No schema change without a migration.');
