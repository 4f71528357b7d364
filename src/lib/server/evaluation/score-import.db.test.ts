import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import type { UserActor } from '../auth/actor.js';
import { db } from '../db/client.js';
import { evaluationSubmission } from '../db/schema/evaluation.js';
import { readTableFile } from '../files/read-table-file.js';
import { evaluatedEvent, facilitatorOf, openTests } from '../testing/evaluation.js';
import { countRows, refusedFile } from '../testing/fixtures.js';
import { useTestDatabase } from '../testing/database.js';
import { workbookOf } from '../testing/zip.js';
import { importScores, scoreTemplate } from './score-import.js';
import { getScoreSheet } from './score-sheet.js';

useTestDatabase();

let world: Awaited<ReturnType<typeof evaluatedEvent>>;
let trainer: UserActor;
let pre: string;
let post: string;

beforeAll(async () => {
	world = await evaluatedEvent('import-coordinator', 3);
	trainer = await facilitatorOf(world.eventId);
	({ pre, post } = await openTests(world));
});

const csv = (name: string, text: string) => async () => ({ name, content: new TextEncoder().encode(text) });
const scoresOf = async (phaseId: string) =>
	db()
		.select({
			registrationId: evaluationSubmission.registrationId,
			score: evaluationSubmission.score,
			source: evaluationSubmission.source
		})
		.from(evaluationSubmission)
		.where(eq(evaluationSubmission.phaseId, phaseId));

describe('importing scores from a file', () => {
	it('refuses a bad file whole, listing every refused row with its line and reason', async () => {
		const file = workbookOf({
			Scores: [
				['Email', 'first', 'dose'],
				['participant1@example.org', '2', '1'],
				['nobody@example.org', '1', '1'],
				['participant2@example.org', '5', 'one'],
				['PARTICIPANT1@example.org', '0', '0']
			]
		});
		await expect(
			importScores(trainer, world.eventId, pre, async () => ({ name: 'scores.xlsx', content: file }))
		).rejects.toMatchObject({
			code: 'invalid',
			fields: { file: ['scores_rows_refused'] },
			details: {
				refusals: [
					{ line: 3, column: 'Email', problem: 'unknown_person', value: 'nobody@example.org' },
					{ line: 4, column: 'first', problem: 'mark_above_marks', value: '5' },
					{ line: 4, column: 'dose', problem: 'mark_not_a_number', value: 'one' },
					{ line: 5, column: 'Email', problem: 'duplicate_person', value: 'PARTICIPANT1@example.org' }
				]
			}
		});
		expect(await countRows(evaluationSubmission)).toBe(0);
	});

	it('refuses files it cannot read, or whose columns do not fit the test', async () => {
		await expect(
			importScores(trainer, world.eventId, pre, csv('scores.pdf', '%PDF-1.4'))
		).rejects.toMatchObject(refusedFile('import_wrong_type'));
		await expect(importScores(trainer, world.eventId, pre, csv('scores.csv', ''))).rejects.toMatchObject(
			refusedFile('import_empty')
		);
		await expect(
			importScores(trainer, world.eventId, pre, async () => ({ name: '', content: new Uint8Array() }))
		).rejects.toMatchObject(refusedFile('required'));
		await expect(
			importScores(
				trainer,
				world.eventId,
				pre,
				csv('scores.csv', 'email,first\nparticipant1@example.org,2\n')
			)
		).rejects.toMatchObject({ fields: { file: ['scores_missing_columns'] }, details: { missing: ['dose'] } });
		await expect(
			importScores(trainer, world.eventId, pre, csv('scores.csv', 'email,total\nparticipant1@example.org,\n'))
		).rejects.toMatchObject(refusedFile('scores_nothing_entered'));
		expect(await countRows(evaluationSubmission)).toBe(0);
	});

	it('stores a good file whole, matched by email in any case or by registration code', async () => {
		const sheet = await getScoreSheet(trainer, world.eventId, pre);
		const text = [
			'Email;Code;total',
			'PARTICIPANT1@Example.org;;3',
			`;${sheet.people[1].code.toLowerCase()};1,0`,
			'participant3@example.org;;'
		].join('\r\n');
		expect(await importScores(trainer, world.eventId, pre, csv('scores.csv', text))).toEqual({ stored: 2 });
		expect(await scoresOf(pre)).toEqual(
			expect.arrayContaining([
				{ registrationId: world.confirmed[0], score: 3, source: 'import' },
				{ registrationId: world.confirmed[1], score: 1, source: 'import' }
			])
		);
		// Sent again: refused whole, the stored results kept.
		await expect(importScores(trainer, world.eventId, pre, csv('scores.csv', text))).rejects.toMatchObject({
			details: {
				refusals: [
					{ line: 2, column: 'Email', problem: 'already_has_result', value: 'PARTICIPANT1@Example.org' },
					{
						line: 3,
						column: 'Code',
						problem: 'already_has_result',
						value: sheet.people[1].code.toLowerCase()
					}
				]
			}
		});
		expect(await countRows(evaluationSubmission)).toBe(2);
	});

	it('gives a template of the people without a result, which imports as it is once filled', async () => {
		const template = await scoreTemplate(trainer, world.eventId, pre, { format: 'csv' }, 'en');
		expect(template.name).toMatch(/\.csv$/);
		const rows = new TextDecoder()
			.decode(template.content)
			.replace(/^\uFEFF/, '')
			.split(/\r?\n/);
		expect(rows).toEqual([
			'Email,Code,Name,first,dose',
			`participant3@example.org,${world.confirmed[2].slice(0, 8).toUpperCase()},Participant 3,,`
		]);
		const filled = rows.map((row, index) => (index === 0 ? row : row.replace(/,,$/, ',2,1'))).join('\n');
		expect(await importScores(trainer, world.eventId, pre, csv('filled.csv', filled))).toEqual({ stored: 1 });

		const workbook = await scoreTemplate(
			trainer,
			world.eventId,
			post,
			{ format: 'xlsx', mode: 'total' },
			'en'
		);
		const [read] = await readTableFile(
			workbook.content,
			{
				format: 'xlsx',
				sheets: 'first',
				limits: { maxRows: 10, maxColumns: 10, maxCells: 100, maxUnpackedBytes: 1e6 }
			},
			{ timeMs: 10_000, memoryMb: 128 }
		);
		expect(read.rows.map((row) => row[0])).toEqual([
			'Email',
			'participant1@example.org',
			'participant2@example.org',
			'participant3@example.org'
		]);
		expect(read.rows[0]).toEqual(['Email', 'Code', 'Name', 'total']);
		await expect(scoreTemplate(trainer, world.eventId, pre, { format: 'pdf' }, 'en')).rejects.toMatchObject({
			code: 'not_found'
		});
	});

	it('reads no file for a trainer of another event', async () => {
		const otherEvent = await evaluatedEvent('import-other-coordinator', 1);
		const otherTrainer = await facilitatorOf(otherEvent.eventId);
		const upload = vi.fn(csv('scores.csv', 'email,total\nparticipant3@example.org,1\n'));
		await expect(importScores(otherTrainer, world.eventId, post, upload)).rejects.toMatchObject({
			code: 'forbidden'
		});
		expect(upload).not.toHaveBeenCalled();
		await expect(
			scoreTemplate(otherTrainer, world.eventId, post, { format: 'csv' }, 'en')
		).rejects.toMatchObject({
			code: 'forbidden'
		});
		expect(await scoresOf(post)).toEqual([]);
	});
});
