import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import * as m from '../paraglide/messages.js';
import { fieldErrorMessage } from './field-errors.js';

/** The code files of a folder and its subfolders (a use case's folder too), tests left out. */
const codeOf = (folder: string) =>
	(existsSync(folder) ? readdirSync(path.resolve(folder), { recursive: true, encoding: 'utf8' }) : [])
		.filter((file) => file.endsWith('.ts') && !file.includes('.test.'))
		.map((file) => path.resolve(folder, file));

/** Every message key the schemas and domain code behind our forms can put in a field error. */
function fieldErrorKeys(): string[] {
	const areas = [
		'validation',
		'forms',
		'directory',
		'auth',
		'programmes',
		'curriculum',
		'events',
		'jobs',
		'delphi',
		'frameworks',
		'surveys',
		'inventory'
	];
	const sources = areas
		.flatMap((area) => [...codeOf(`src/lib/${area}`), ...codeOf(`src/lib/server/${area}`)])
		.map((file) => readFileSync(file, 'utf8'));
	const keys = new Set<string>();
	for (const source of sources) {
		for (const match of source.matchAll(/(?:error|message): '([a-z_]+)'/g)) keys.add(match[1]);
		for (const match of source.matchAll(/:\s*\['([a-z_]+)'\]/g)) keys.add(match[1]);
		for (const match of source.matchAll(/setOf\([^,]+, \d+, '([a-z_]+)'\)/g)) keys.add(match[1]);
	}
	return [...keys].sort();
}

describe('field errors', () => {
	it('finds the keys it checks', () => {
		expect(fieldErrorKeys()).toEqual(
			expect.arrayContaining([
				'invalid_website',
				'localized_required',
				'unknown_country',
				'country_outside_scope',
				'focal_point_needs_countries',
				'email_taken'
			])
		);
	});

	it('has a message for every key a form can give', () => {
		const untranslated = fieldErrorKeys().filter((key) => fieldErrorMessage(key) === m.field_invalid());
		expect(untranslated).toEqual([]);
	});

	it('says "required" for a missing value and falls back to "not valid" for an unknown key', () => {
		expect(fieldErrorMessage('required')).toBe(m.field_required());
		expect(fieldErrorMessage('no_such_key')).toBe(m.field_invalid());
	});
});
