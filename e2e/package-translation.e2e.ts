import { readFile } from 'node:fs/promises';
import { expect, test, type Page } from '@playwright/test';
import { expectNoSeriousA11yViolations } from './axe.js';
import { demo, signIn } from './sign-in.js';

/** Uploads `xliff` as the translation into Ukrainian. */
async function upload(page: Page, xliff: string) {
	const form = page.locator('form[action="?/import"]');
	await form.getByLabel('Language to translate into').selectOption({ label: 'Ukrainian' });
	await form.getByLabel('Translated file (XLIFF or XLSX)').setInputFiles({
		name: 'package.uk.xlf',
		mimeType: 'application/xliff+xml',
		buffer: Buffer.from(xliff)
	});
	await form.getByRole('button', { name: 'Import the translation' }).click();
}

test('a translator exports a training package as XLIFF, translates it in a tool, and imports it back', async ({
	page
}) => {
	test.slow();
	const title = `Migrant health ${Date.now().toString(36)}${Math.floor(Math.random() * 1e4)}`;
	await signIn(page, demo.coordinator);
	await page.goto('/packages/new');
	await page.getByRole('group', { name: 'Title' }).getByLabel('English').fill(title);
	const programme = page.getByLabel('Programme');
	await programme.selectOption(
		(await programme.locator('option', { hasText: 'MIG-H Training' }).getAttribute('value'))!
	);
	const languages = page.getByRole('group', { name: 'Languages of its texts' });
	await languages.getByRole('checkbox', { name: /^French Français/ }).uncheck();
	await languages.getByRole('checkbox', { name: /^Arabic العربية/ }).uncheck();
	await page.getByRole('button', { name: 'Create' }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
	const packagePage = page.url();

	await page.getByRole('link', { name: 'Translate with a translation tool (XLIFF or spreadsheet)' }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Translations: ${title}`);
	await expect(page.getByText('Translations go into the draft')).toBeVisible();
	await expectNoSeriousA11yViolations(page);
	const download = page.waitForEvent('download');
	await page
		.locator('form[method="GET"]')
		.getByLabel('Language to translate into')
		.selectOption({ label: 'Ukrainian' });
	await page.getByRole('button', { name: 'Download XLIFF' }).click();
	const exported = await readFile((await (await download).path())!, 'utf8');
	expect(exported).toContain('<trans-unit id="package/title" xml:space="preserve">');
	expect(exported).toContain('target-language="uk"');

	// A file whose source changed since export is refused, and nothing is changed.
	await upload(page, exported.replace(`<source>${title}</source>`, '<source>Another title</source>'));
	const refused = page.getByRole('alert');
	await expect(refused.getByRole('row', { name: /package\/title/ })).toContainText(
		'The source changed since export'
	);
	await expectNoSeriousA11yViolations(page);

	// The translator's tool fills every target that has a source.
	const translated = exported.replace(
		/<source>([^<]+)<\/source>/g,
		(_, text: string) =>
			`<source>${text}</source><target state="translated">Здоров’я мігрантів ${text}</target>`
	);
	await upload(page, translated);
	await expect(page.getByRole('status')).toHaveText('1 texts translated into Ukrainian.');
	// Ukrainian is now declared: no text missing, none outdated.
	await expect(page.getByRole('row', { name: 'Ukrainian 0 0' })).toBeVisible();

	await page.goto(packagePage);
	const translations = page
		.getByRole('heading', { name: 'Translations' })
		.locator('xpath=following-sibling::ul[1]');
	await expect(translations.getByRole('listitem')).toHaveText([
		/^English:\s*complete$/,
		/^Ukrainian:\s*complete$/
	]);
});
