import { describe, expect, it } from 'vitest';
import { readParticipantRows } from './participant-rows.js';
import { participantsCsv, participantsXlsx, readTable } from './participant-file.js';

const countries = new Map([
	['gr', 'GR'],
	['greece', 'GR'],
	['grèce', 'GR'],
	['ma', 'MA'],
	['morocco', 'MA'],
	['maroc', 'MA']
]);
const header = ['Full name', 'Email', 'Country', 'Profession', 'Category', 'Organisation', 'Language'];

describe('reading a participants list', () => {
	it('reads good rows, in any column order and with the headers people write', () => {
		const { rows, refusals } = readParticipantRows(
			[
				['Courriel', 'Nom', 'Pays', 'Profession', 'Catégorie'],
				['nadia@example.org', 'Nadia Benali', 'Maroc', 'Doctor', 'Academic'],
				['', '', '', '', ''],
				['ELENI@example.org', 'Eleni P.', 'GR', 'social worker', 'social_worker']
			],
			countries
		);
		expect(refusals).toEqual([]);
		expect(rows).toEqual([
			{
				line: 2,
				row: {
					fullName: 'Nadia Benali',
					email: 'nadia@example.org',
					countryCode: 'MA',
					profession: 'physician',
					category: 'academic',
					organisationName: null,
					locale: 'en'
				}
			},
			{
				line: 4,
				row: {
					fullName: 'Eleni P.',
					email: 'eleni@example.org',
					countryCode: 'GR',
					profession: 'social_worker',
					category: 'social_worker',
					organisationName: null,
					locale: 'en'
				}
			}
		]);
	});

	it('refuses bad rows one by one, with the line, the field and why, and keeps the good ones', () => {
		const { rows, refusals } = readParticipantRows(
			[
				header,
				['Ok Person', 'ok@example.org', 'Greece', 'nurse', 'student', 'EODY', 'fr'],
				['', 'no-name@example.org', 'GR', 'nurse', 'student', '', ''],
				['Bad Mail', 'not-an-email', 'Atlantis', 'wizard', 'student', '', 'xx'],
				['Twice', 'OK@example.org', 'GR', 'nurse', 'student', '', ''],
				['Known', 'known@example.org', 'GR', 'nurse', 'nobody', '', '']
			],
			countries,
			new Set(['known@example.org'])
		);
		expect(rows.map((r) => r.line)).toEqual([2]);
		expect(rows[0].row).toMatchObject({ organisationName: 'EODY', locale: 'fr' });
		expect(refusals).toEqual([
			{ line: 3, field: 'fullName', problem: 'required', value: '' },
			{ line: 4, field: 'email', problem: 'invalid_email', value: 'not-an-email' },
			{ line: 4, field: 'countryCode', problem: 'unknown_country', value: 'Atlantis' },
			{ line: 4, field: 'profession', problem: 'invalid_choice', value: 'wizard' },
			{ line: 4, field: 'locale', problem: 'invalid_language', value: 'xx' },
			{ line: 5, field: 'email', problem: 'duplicate_in_file', value: 'OK@example.org' },
			{ line: 6, field: 'email', problem: 'already_registered', value: 'known@example.org' },
			{ line: 6, field: 'category', problem: 'invalid_choice', value: 'nobody' }
		]);
	});

	it('refuses a file as a whole when it has no rows or lacks a required column', () => {
		expect(() => readParticipantRows([header], countries)).toThrow(
			expect.objectContaining({ fields: { file: ['import_empty'] } })
		);
		expect(() =>
			readParticipantRows(
				[
					['Name', 'Email'],
					['A', 'a@example.org']
				],
				countries
			)
		).toThrow(
			expect.objectContaining({
				fields: { file: ['import_missing_columns'] },
				details: { missing: ['Country', 'Profession', 'Category'] }
			})
		);
	});
});

describe('participants files', () => {
	const people = [
		{
			fullName: 'Nadia Benali',
			email: 'nadia@example.org',
			countryCode: 'MA',
			profession: 'physician',
			category: 'academic',
			organisationName: 'ENSP',
			locale: 'ar'
		},
		{
			fullName: 'Jean, "Jo" Dupont',
			email: 'jo@example.org',
			countryCode: 'GR',
			profession: 'nurse',
			category: 'student',
			organisationName: null,
			locale: 'fr'
		}
	] as const;

	it('export to CSV and XLSX, and both import again unchanged', async () => {
		for (const [bytes, name] of [
			[new TextEncoder().encode(participantsCsv(people)), 'people.csv'],
			[await participantsXlsx(people), 'people.xlsx']
		] as const) {
			const { rows, refusals } = readParticipantRows(await readTable(bytes, name), countries);
			expect(refusals).toEqual([]);
			expect(rows.map((r) => r.row)).toEqual(people);
		}
	});

	it('read semicolon-separated CSV as French spreadsheets write it', async () => {
		const csv = 'Nom;Courriel;Pays;Profession;Catégorie\nAmina;amina@example.org;Maroc;nurse;student\n';
		expect(await readTable(new TextEncoder().encode(csv), 'liste.csv')).toEqual([
			['Nom', 'Courriel', 'Pays', 'Profession', 'Catégorie'],
			['Amina', 'amina@example.org', 'Maroc', 'nurse', 'student']
		]);
	});

	it('refuse what is neither CSV nor XLSX, whatever the name says', async () => {
		const pdf = new TextEncoder().encode('%PDF-1.7\n\u0000binary');
		await expect(readTable(pdf, 'people.csv')).rejects.toMatchObject({
			fields: { file: ['import_wrong_type'] }
		});
		await expect(readTable(new TextEncoder().encode('a,b'), 'people.pdf')).rejects.toMatchObject({
			fields: { file: ['import_wrong_type'] }
		});
		// A ZIP archive's start without its end: an XLSX file cut short, said as such.
		await expect(readTable(new Uint8Array([0x50, 0x4b, 3, 4, 1, 2]), 'people.xlsx')).rejects.toMatchObject({
			fields: { file: ['file_damaged'] }
		});
		await expect(readTable(new Uint8Array(), 'people.csv')).rejects.toMatchObject({
			fields: { file: ['import_empty'] }
		});
	});
});
