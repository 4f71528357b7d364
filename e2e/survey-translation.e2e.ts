import { readFile } from 'node:fs/promises';
import { expect, test, type Page } from '@playwright/test';
import { expectNoSeriousA11yViolations } from './axe.js';
import { demo, signIn } from './sign-in.js';

/** A title no other test uses, so tests that run at once on one database do not see each other's. */
const uniqueTitle = (what: string) => `${what} ${Date.now().toString(36)}${Math.floor(Math.random() * 1e4)}`;

/** Uploads `xliff` as the translation into Slovenian. */
async function upload(page: Page, xliff: string) {
	const form = page.locator('form[action="?/import"]');
	await form.getByLabel('Language to translate into').selectOption({ label: 'Slovenian' });
	await form.getByLabel('Translated file (XLIFF or XLSX)').setInputFiles({
		name: 'survey.sl.xlf',
		mimeType: 'application/xliff+xml',
		buffer: Buffer.from(xliff)
	});
	await form.getByRole('button', { name: 'Import the translation' }).click();
}

test('a translator exports a survey as XLIFF, translates it in a tool, and imports it back', async ({
	page,
	browser
}) => {
	test.slow();
	const title = uniqueTitle('Arrival');
	await signIn(page, demo.coordinator);
	await page.goto('/surveys/new');
	await page.getByLabel('Programme').selectOption({ index: 1 });
	await page.getByRole('group', { name: 'Title' }).getByLabel('In English').fill(title);
	await page.getByRole('button', { name: 'Create the survey' }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
	const addSection = page.locator('form[action="?/addSection"]');
	await addSection.getByLabel('Name', { exact: true }).fill('main');
	await addSection.getByRole('group', { name: 'Section title' }).getByLabel('In English').fill('Your stay');
	await addSection.getByRole('button', { name: 'Add a section' }).click();
	await expect(page.getByRole('heading', { level: 3, name: 'Your stay' })).toBeVisible();
	await page.getByRole('link', { name: 'Add a question' }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('New question');
	await page.getByLabel('Name', { exact: true }).fill('nights');
	await page.getByLabel('Type of answer').selectOption({ label: 'Number' });
	await page
		.getByRole('group', { name: 'Question', exact: true })
		.getByLabel('In English')
		.fill('How many nights?');
	await page.getByRole('button', { name: 'Add a question' }).click();
	await expect(page.getByRole('heading', { level: 2, name: 'Questions' })).toBeVisible();
	const surveyPage = page.url();

	await page.getByRole('link', { name: 'Translations' }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Translations: ${title}`);
	await expectNoSeriousA11yViolations(page);
	const download = page.waitForEvent('download');
	await page
		.locator('form[method="GET"]')
		.getByLabel('Language to translate into')
		.selectOption({ label: 'Slovenian' });
	await page.getByRole('button', { name: 'Download XLIFF' }).click();
	const exported = await readFile((await (await download).path())!, 'utf8');
	expect(exported).toContain('<trans-unit id="question/nights/label" xml:space="preserve">');
	expect(exported).toContain('target-language="sl"');
	const workbook = page.waitForEvent('download');
	await page.getByRole('button', { name: 'Download XLSX (a column per language)' }).click();
	expect((await workbook).suggestedFilename()).toBe(`${title}.sl.xlsx`);

	// A broken file is refused with each of its problems, and nothing is changed.
	await upload(
		page,
		exported
			.replace('id="section/main/title"', 'id="section/elsewhere/title"')
			.replace('<source>How many nights?</source>', '<source>How many days?</source>')
	);
	const refused = page.getByRole('alert');
	await expect(refused.getByRole('heading')).toHaveText('The file was refused: nothing was changed');
	await expect(refused.getByRole('row', { name: /section\/elsewhere\/title/ })).toContainText(
		'There is no such text here.'
	);
	await expect(refused.getByRole('row', { name: /question\/nights\/label/ })).toContainText(
		'The source changed since export'
	);
	await expectNoSeriousA11yViolations(page);

	// The translator's tool fills every target.
	const translated = exported.replace(
		/<source>([^<]*)<\/source>/g,
		(_, text: string) => `<source>${text}</source><target state="translated">SL ${text}</target>`
	);
	await upload(page, translated);
	await expect(page.getByRole('status')).toHaveText('3 texts translated into Slovenian.');
	// Slovenian is now declared: no text missing, none outdated.
	await expect(page.locator('[aria-labelledby="status-heading"] tbody tr')).toHaveText(/Slovenian\s*0\s*0/);

	await page.goto(surveyPage);
	await page.getByRole('link', { name: 'Distribution' }).click();
	await page.getByRole('button', { name: 'Open now' }).click();
	await page.getByRole('button', { name: 'Turn the public link on' }).click();
	const link = await page.getByRole('textbox', { name: 'Public link' }).inputValue();
	const respondentContext = await browser.newContext({ javaScriptEnabled: false });
	const respondent = await respondentContext.newPage();
	await respondent.goto(link);
	await respondent.getByRole('link', { name: 'Slovenščina' }).click();
	await expect(respondent.locator('.questionnaire')).toHaveAttribute('lang', 'sl');
	await expect(respondent.getByRole('heading', { level: 1 })).toHaveText(`SL ${title}`);
	await expect(respondent.getByLabel('SL How many nights?')).toBeVisible();
	await respondentContext.close();
});
