import { readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';

// Schema modules refer to each other; a table built at load time from a module still loading fails
// ("professionEnum is not a function"). Each module must load first, on its own.
const folder = path.resolve('src/lib/server/db/schema');
const modules = readdirSync(folder).filter((file) => file.endsWith('.ts') && !file.includes('.test.'));

describe('schema modules', () => {
	it.each(modules)(
		'%s loads first without a cycle breaking it',
		async (file) => {
			vi.resetModules();
			const loaded = await import(/* @vite-ignore */ path.join(folder, file));
			expect(Object.keys(loaded).length).toBeGreaterThan(0);
			// The first import compiles drizzle and the schema: slow on a loaded two-core machine.
		},
		30_000
	);
});
