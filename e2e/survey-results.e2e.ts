import { readFile } from 'node:fs/promises';
import ExcelJS from 'exceljs';
import { expect, test } from '@playwright/test';
import { appDatabase } from './app-database.js';
import { expectNoSeriousA11yViolations } from './axe.js';
import { demo, signIn } from './sign-in.js';

const definition = {
	sections: [
		{
			name: 'about',
			questions: [
				{
					name: 'role',
					type: 'single_choice',
					label: { en: 'Your role' },
					choices: [
						{ value: 'nurse', label: { en: 'Nurse' } },
						{ value: 'physician', label: { en: 'Physician' } }
					]
				},
				{ name: 'comment', type: 'long_text', label: { en: 'Comments' } }
			]
		}
	]
};

/** A survey of a demo programme with three complete responses: two from Greece, one from Malta. */
async function surveyWithResponses(): Promise<string> {
	const client = await appDatabase();
	try {
		const { rows } = await client.query<{ id: string }>(
			`insert into survey (programme_id, title, definition, opens_at)
			values ((select id from programme order by created_at limit 1), '{"en": "E2E results survey"}', $1,
				now() - interval '1 month')
			returning id`,
			[JSON.stringify(definition)]
		);
		const surveyId = rows[0].id;
		await client.query(
			`insert into survey_response (survey_id, status, answers, language, country_code, submitted_at)
			values ($1, 'complete', '{"role": "nurse", "comment": "Clear and useful"}', 'en', 'GR', now() - interval '2 days'),
				($1, 'complete', '{"role": "nurse"}', 'fr', 'GR', now() - interval '1 day'),
				($1, 'complete', '{"role": "physician", "comment": "More on vaccination"}', 'en', 'MT', now())`,
			[surveyId]
		);
		return surveyId;
	} finally {
		await client.end();
	}
}

test('a coordinator reads a survey’s results, filters them by country and downloads them', async ({
	page
}) => {
	test.slow(); // two downloads
	const surveyId = await surveyWithResponses();
	await signIn(page, demo.coordinator);
	await page.goto(`/surveys/${surveyId}/results`);

	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Results: E2E results survey');
	await expect(page.getByText('Complete responses: 3')).toBeVisible();
	const role = page.getByRole('region', { name: 'Your role' });
	await expect(role.getByRole('img', { name: /^Your role: respondents per answer/ })).toBeVisible();
	await expect(role.getByRole('row', { name: 'Nurse 2 67%' })).toBeVisible();
	await expect(role.getByRole('row', { name: 'Physician 1 33%' })).toBeVisible();
	await expect(page.getByRole('region', { name: 'Comments' }).getByText('More on vaccination')).toBeVisible();
	await expectNoSeriousA11yViolations(page);

	await page.getByLabel('Country', { exact: true }).selectOption({ label: 'Malta' });
	await page.getByRole('button', { name: 'Apply filters' }).click();
	await expect(page).toHaveURL(/country=MT/);
	await expect(page.getByText('Complete responses: 1')).toBeVisible();
	await expect(role.getByRole('row', { name: 'Nurse 0 0%' })).toBeVisible();

	const csv = page.waitForEvent('download');
	await page.getByRole('button', { name: 'Download CSV' }).click();
	const csvFile = await csv;
	expect(csvFile.suggestedFilename()).toBe('E2E results survey.csv');
	const lines = (await readFile(await csvFile.path(), 'utf8'))
		.replace(/^\uFEFF/, '')
		.trim()
		.split(/\r?\n/);
	expect(lines[0]).toBe('_id,_submitted_at,_language,_country,_group,role,comment');
	// The export keeps the page's filters: the Maltese response only.
	expect(lines).toHaveLength(2);
	expect(lines[1]).toMatch(/,en,MT,,physician,More on vaccination$/);

	await page.getByRole('radio', { name: 'Labels' }).check();
	const xlsx = page.waitForEvent('download');
	await page.getByRole('button', { name: 'Download XLSX' }).click();
	const xlsxFile = await xlsx;
	expect(xlsxFile.suggestedFilename()).toBe('E2E results survey.xlsx');
	const workbook = new ExcelJS.Workbook();
	await workbook.xlsx.readFile(await xlsxFile.path());
	const sheet = workbook.worksheets[0];
	expect((sheet.getRow(1).values as unknown[]).slice(1)).toEqual([
		'Response',
		'Submitted at',
		'Language',
		'Country',
		'Group',
		'Your role',
		'Comments'
	]);
	expect(sheet.getRow(2).getCell(6).text).toBe('Physician');
});
