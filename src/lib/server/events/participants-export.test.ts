import { describe, expect, it } from 'vitest';
import { readTable } from './participant-file.js';
import { readParticipantRows, type ParticipantRow } from './participant-rows.js';
import { exportFileName, participantsFile } from './participants-export.js';

const countries = new Map([
	['gr', 'GR'],
	['ma', 'MA']
]);

const participants: ParticipantRow[] = [
	{
		fullName: 'Nadia Benali',
		email: 'nadia@example.org',
		countryCode: 'MA',
		profession: 'physician',
		category: 'academic',
		organisationName: 'Université Mohammed V',
		locale: 'fr'
	},
	{
		fullName: 'سارة الحسيني',
		email: 'sara@example.org',
		countryCode: 'MA',
		profession: 'cultural_mediator',
		category: 'civil_society',
		organisationName: null,
		locale: 'ar'
	},
	{
		fullName: 'Eleni "Lena" Papadopoulou, MD',
		email: 'eleni@example.org',
		countryCode: 'GR',
		profession: 'nurse',
		category: 'institution',
		organisationName: 'EODY; Athens',
		locale: 'en'
	}
];

describe('exporting participants', () => {
	it.each(['csv', 'xlsx'] as const)('writes a %s file that imports again as it is', async (format) => {
		const file = await participantsFile(participants, format, 'Winter school 2026');
		expect(file.name).toBe(`Winter school 2026.${format}`);
		const { rows, refusals } = readParticipantRows(await readTable(file.content, file.name), countries);
		expect(refusals).toEqual([]);
		expect(rows.map(({ row }) => row)).toEqual(participants);
	});

	it('sends CSV as UTF-8 text and XLSX as a spreadsheet', async () => {
		expect((await participantsFile(participants, 'csv', 'x')).mediaType).toBe('text/csv; charset=utf-8');
		expect((await participantsFile([], 'xlsx', 'x')).mediaType).toBe(
			'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'
		);
	});

	it('names the file after the event, without characters file systems refuse', () => {
		expect(exportFileName('ToT: Athens / Greece', 'csv')).toBe('ToT Athens Greece.csv');
		expect(exportFileName('مدرسة الشتاء', 'xlsx')).toBe('مدرسة الشتاء.xlsx');
		expect(exportFileName('  ', 'csv')).toBe('participants.csv');
	});
});
