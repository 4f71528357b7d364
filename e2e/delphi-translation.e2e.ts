import { readFile } from 'node:fs/promises';
import { expect, test } from '@playwright/test';
import { expectNoSeriousA11yViolations } from './axe.js';
import { demo, signIn } from './sign-in.js';

test('a translator exports a Delphi study as XLIFF, translates it with a script, and imports it back', async ({
	page
}) => {
	test.slow();
	const title = `Study to translate ${Date.now().toString(36)}`;
	await signIn(page, demo.coordinator);
	await page.goto('/delphi/new');
	await page.getByLabel('Programme').selectOption({ index: 1 });
	await page.getByRole('group', { name: 'Title' }).getByLabel('English').fill(title);
	await page.getByRole('button', { name: 'Create the study' }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
	const studyUrl = page.url();
	await page.getByRole('group', { name: 'Domain title' }).getByLabel('English').fill('Delivery');
	await page.getByRole('button', { name: 'Add a domain' }).click();
	await page.getByRole('group', { name: 'Statement' }).getByLabel('English').fill('Trainers are certified');
	await page.getByRole('button', { name: 'Add a statement' }).click();
	await expect(page.getByRole('listitem').filter({ hasText: 'Trainers are certified' })).toBeVisible();

	await page.getByRole('link', { name: 'Translations' }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Translations: ${title}`);
	// Declared from the start (the form's default), with nothing translated yet.
	await expect(page.getByRole('row', { name: 'French 3 0' })).toBeVisible();
	await expectNoSeriousA11yViolations(page);
	await page.locator('form[method="GET"]').getByLabel('Language to translate into').selectOption('sl');
	const download = page.waitForEvent('download');
	await page.getByRole('button', { name: 'Download XLIFF' }).click();
	const exported = await readFile(await (await download).path(), 'utf8');
	expect(exported).toMatch(/<trans-unit id="statement\/[0-9a-f-]+\/text"/);

	// A refused file first: it names the unknown text, and nothing changes.
	const form = page.locator('form[action="?/import"]');
	const upload = async (xliff: string) => {
		await form.getByLabel('Language to translate into').selectOption('sl');
		await form.getByLabel('Translated file (XLIFF or XLSX)').setInputFiles({
			name: 'study.sl.xlf',
			mimeType: 'application/xliff+xml',
			buffer: Buffer.from(xliff)
		});
		await form.getByRole('button', { name: 'Import the translation' }).click();
	};
	await upload(exported.replace('id="study/title"', 'id="study/subtitle"'));
	await expect(page.getByRole('alert').getByRole('row', { name: /study\/subtitle/ })).toContainText(
		'There is no such text here.'
	);
	await expectNoSeriousA11yViolations(page);

	const translated = exported.replace(
		/<source>([^<]*)<\/source>/g,
		(_, text: string) => `<source>${text}</source><target state="translated">SL ${text}</target>`
	);
	await upload(translated);
	await expect(page.getByRole('status')).toHaveText('3 texts translated into Slovenian.');
	await expect(page.getByRole('row', { name: 'Slovenian 0 0' })).toBeVisible();
	await expectNoSeriousA11yViolations(page);

	// The study now declares Slovenian.
	await page.goto(`${studyUrl}/edit`);
	await expect(page.locator('input[name="languages"][value="sl"]')).toBeChecked();
});
