import { describe, expect, it } from 'vitest';
import { refusedFile } from '../testing/fixtures.js';
import { readScoreFile, type FilePerson } from './score-rows.js';

const items = [
	{ name: 'first', marks: 2 },
	{ name: 'dose_mg', marks: 1 }
];

const people: FilePerson[] = [
	{
		registrationId: 'aaaaaaaa-0000-4000-8000-000000000001',
		code: 'AAAAAAAA',
		email: 'Eleni@Example.org',
		state: 'open'
	},
	{
		registrationId: 'bbbbbbbb-0000-4000-8000-000000000002',
		code: 'BBBBBBBB',
		email: 'nikos@example.org',
		state: 'open'
	},
	{
		registrationId: 'cccccccc-0000-4000-8000-000000000003',
		code: 'CCCCCCCC',
		email: 'anna@example.org',
		state: 'done'
	}
];
const [eleni, nikos] = people.map((person) => person.registrationId);

describe('a score file', () => {
	it('matches people by email in any case, or by registration code, and skips rows without marks', () => {
		const read = readScoreFile(
			[
				['Email', 'Code', 'Name', 'First', 'Dose mg'],
				['ELENI@example.org', '', 'Eleni', '2', '1'],
				[],
				['', 'bbbb-bbbb', 'Nikos', '0', '1,0'],
				['anna@example.org', '', 'Anna', '', '']
			],
			items,
			people
		);
		expect(read).toEqual({
			mode: 'items',
			rows: [
				{ line: 2, registrationId: eleni, attempt: 1, items: { first: 2, dose_mg: 1 }, total: undefined },
				{ line: 4, registrationId: nikos, attempt: 1, items: { first: 0, dose_mg: 1 }, total: undefined }
			],
			refusals: []
		});
	});

	it('reads a total column instead of the items', () => {
		const read = readScoreFile(
			[
				['code', 'total'],
				['aaaaaaaa', '3']
			],
			items,
			people
		);
		expect(read.mode).toBe('total');
		expect(read.rows).toEqual([{ line: 2, registrationId: eleni, attempt: 1, items: undefined, total: 3 }]);
	});

	it('lists every refused row with its line, column and reason', () => {
		const read = readScoreFile(
			[
				['email', 'code', 'first', 'dose_mg'],
				['stranger@example.org', '', '1', '1'],
				['eleni@example.org', '', '3', 'one'],
				['nikos@example.org', 'AAAAAAAA', '1', '1'],
				['nikos@example.org', '', '1', '1'],
				['nikos@example.org', '', '2', '0'],
				['anna@example.org', '', '1', '1'],
				['', '', '1', ''],
				['', 'zzzzzzzz', '-1', '1']
			],
			items,
			people
		);
		expect(read.rows.map((row) => row.line)).toEqual([5]);
		expect(read.refusals).toEqual([
			{ line: 2, column: 'email', problem: 'unknown_person', value: 'stranger@example.org' },
			{ line: 3, column: 'first', problem: 'mark_above_marks', value: '3' },
			{ line: 3, column: 'dose_mg', problem: 'mark_not_a_number', value: 'one' },
			{ line: 4, column: 'code', problem: 'person_mismatch', value: 'AAAAAAAA' },
			{ line: 6, column: 'email', problem: 'duplicate_person', value: 'nikos@example.org' },
			{ line: 7, column: 'email', problem: 'already_has_result', value: 'anna@example.org' },
			{ line: 8, column: 'email', problem: 'unknown_person', value: '' },
			{ line: 8, column: 'dose_mg', problem: 'mark_missing', value: '' },
			{ line: 9, column: 'code', problem: 'unknown_person', value: 'zzzzzzzz' },
			{ line: 9, column: 'first', problem: 'mark_negative', value: '-1' }
		]);
	});

	it('is refused whole when its columns cannot be read', () => {
		expect(() => readScoreFile([['name', 'first', 'dose_mg']], items, people)).toThrow(
			refusedFile('scores_no_person_column')
		);
		expect(() => readScoreFile([['email', 'first']], items, people)).toThrow(
			expect.objectContaining({
				fields: { file: ['scores_missing_columns'] },
				details: { missing: ['dose_mg'] }
			})
		);
		expect(() => readScoreFile([['email', 'first', 'total']], items, people)).toThrow(
			refusedFile('scores_items_and_total')
		);
		expect(() => readScoreFile([], items, people)).toThrow(refusedFile('scores_no_person_column'));
	});

	it('names nobody by a code two people share: their email does', () => {
		const twins: FilePerson[] = [
			{ ...people[0], registrationId: 'dddddddd-0000-4000-8000-000000000004', code: 'DDDDDDDD' },
			{ ...people[1], registrationId: 'dddddddd-1111-4000-8000-000000000005', code: 'DDDDDDDD' }
		];
		const read = readScoreFile(
			[
				['code', 'total'],
				['DDDDDDDD', '1'],
				['dddddddd-1111-4000-8000-000000000005', '2']
			],
			items,
			twins
		);
		expect(read.refusals).toEqual([
			{ line: 2, column: 'code', problem: 'unknown_person', value: 'DDDDDDDD' }
		]);
		expect(read.rows).toEqual([
			{ line: 3, registrationId: twins[1].registrationId, attempt: 1, items: undefined, total: 2 }
		]);
	});
});
