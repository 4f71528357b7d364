import ExcelJS from 'exceljs';
import { expect, test } from '@playwright/test';
import { expectNoSeriousA11yViolations } from './axe.js';
import { demo, signIn } from './sign-in.js';

/** A workbook as a person would make it in a spreadsheet program: each sheet's first row its headers. */
async function xlsx(name: string, sheets: Record<string, string[][]>) {
	const book = new ExcelJS.Workbook();
	for (const [sheetName, rows] of Object.entries(sheets)) {
		const sheet = book.addWorksheet(sheetName);
		for (const row of rows) sheet.addRow(row);
	}
	return {
		name,
		mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
		buffer: Buffer.from(await book.xlsx.writeBuffer())
	};
}

test('a coordinator imports a KoboToolbox form, sees what was left out, opens the survey and downloads it back', async ({
	page
}) => {
	test.slow(); // an upload, a creation and a download
	await signIn(page, demo.coordinator);
	await page.goto('/surveys/import');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Import an XLSForm');
	await expectNoSeriousA11yViolations(page);

	await page.getByLabel('Programme').selectOption({ index: 1 });
	await page.getByLabel('XLSForm workbook (.xlsx)').setInputFiles(
		await xlsx('clinic-visits.xlsx', {
			survey: [
				['type', 'name', 'label::English (en)', 'label::Français (fr)', 'relevant'],
				['begin group', 'visit', 'The visit', 'La visite', ''],
				['select_one yn', 'visited', 'Did you visit the clinic?', 'Avez-vous visité la clinique ?', ''],
				['text', 'reason', 'Why?', 'Pourquoi ?', "${visited} = 'yes'"],
				['geopoint', 'where', 'Where is it?', 'Où est-elle ?', ''],
				['end group', '', '', '', '']
			],
			choices: [
				['list_name', 'name', 'label::English (en)', 'label::Français (fr)'],
				['yn', 'yes', 'Yes', 'Oui'],
				['yn', 'no', 'No', 'Non']
			],
			settings: [
				['form_title', 'default_language'],
				['Clinic visits', 'English (en)']
			]
		})
	);
	await page.getByRole('button', { name: 'Import', exact: true }).click();

	await expect(page.getByRole('heading', { name: 'Left out of the survey' })).toBeVisible();
	await expect(page.getByText('“Clinic visits” — questions: 2; sections: 1.')).toBeVisible();
	await expect(
		page.getByRole('row', { name: /^survey 5 type This type of question is not supported.* geopoint$/ })
	).toBeVisible();
	await expectNoSeriousA11yViolations(page);

	await page.getByRole('button', { name: 'Create the survey without them' }).click();
	await expect(page).toHaveURL(/\/surveys\/[0-9a-f-]{36}$/);
	await expect(page.getByRole('heading', { level: 1 })).toContainText('Clinic visits');

	const download = await page.request.get(`${new URL(page.url()).pathname}/xlsform`);
	expect(download.status()).toBe(200);
	expect(download.headers()['content-type']).toContain('spreadsheetml');
	const book = new ExcelJS.Workbook();
	await book.xlsx.load((await download.body()) as unknown as ArrayBuffer);
	const survey = book.getWorksheet('survey')!;
	const rows = survey
		.getSheetValues()
		.slice(2)
		.map((row) => (row as string[]).slice(1, 3));
	expect(rows).toEqual([
		['begin group', 'visit'],
		['select_one yes_no', 'visited'],
		['text', 'reason'],
		['end group', '']
	]);
	const relevantColumn = (survey.getRow(1).values as ExcelJS.CellValue[]).indexOf('relevant');
	expect(survey.getRow(4).getCell(relevantColumn).text).toBe("${visited} = 'yes'");
});

test('a workbook with mistakes is refused with each problem at its row, and nothing is created', async ({
	page
}) => {
	await signIn(page, demo.coordinator);
	await page.goto('/surveys/import');
	await page.getByLabel('Programme').selectOption({ index: 1 });
	await page.getByLabel('XLSForm workbook (.xlsx)').setInputFiles(
		await xlsx('broken.xlsx', {
			survey: [
				['type', 'name', 'label'],
				['text', 'city', 'City'],
				['select_one colours', 'colour', 'Favourite colour'],
				['integer', 'city', 'City again']
			]
		})
	);
	await page.getByRole('button', { name: 'Import', exact: true }).click();

	await expect(page.getByRole('heading', { name: 'The form was not imported' })).toBeVisible();
	await expect(
		page.getByRole('row', { name: /^survey 3 type The choices sheet has no list.* colours$/ })
	).toBeVisible();
	await expect(
		page.getByRole('row', { name: /^survey 4 name This name is already used above\. city$/ })
	).toBeVisible();
	await expect(page.getByRole('button', { name: 'Create the survey without them' })).toHaveCount(0);
	await expectNoSeriousA11yViolations(page);
});
