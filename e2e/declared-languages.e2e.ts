import { expect, test } from '@playwright/test';
import { appDatabase } from './app-database.js';
import { expectNoSeriousA11yViolations } from './axe.js';
import { demo, signIn } from './sign-in.js';

test('a coordinator writes a package in Slovenian and English, and a Slovenian reader reads it in Slovenian', async ({
	page,
	browser
}) => {
	test.slow();
	const title = `Migrant health ${Date.now()}-${Math.floor(Math.random() * 1000)}`;
	await signIn(page, demo.coordinator);
	await page.goto('/packages/new');
	await page.getByRole('group', { name: 'Title' }).getByLabel('English').fill(title);
	const programme = page.getByLabel('Programme');
	await programme.selectOption(
		(await programme.locator('option', { hasText: 'MIG-H Training' }).getAttribute('value'))!
	);
	await page.getByRole('checkbox', { name: 'Health professionals' }).check();
	const languages = page.getByRole('group', { name: 'Languages of its texts' });
	await languages.getByRole('checkbox', { name: /^Slovenian Slovenščina/ }).check();
	await languages.getByRole('checkbox', { name: /^French Français/ }).uncheck();
	await languages.getByRole('checkbox', { name: /^Arabic العربية/ }).uncheck();
	await page.getByRole('button', { name: 'Create' }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);

	// What is missing is counted in the declared languages, and only in them.
	const translations = page
		.getByRole('heading', { name: 'Translations' })
		.locator('xpath=following-sibling::ul[1]');
	await expect(translations.getByRole('listitem')).toHaveText([
		/^English:\s*complete$/,
		/^Slovenian:\s*1 of 1 texts missing$/
	]);
	await expectNoSeriousA11yViolations(page);

	// The form offers exactly the declared languages.
	await page.getByRole('link', { name: 'Edit the details' }).click();
	const titles = page.getByRole('group', { name: 'Title' });
	await expect(titles.getByRole('textbox')).toHaveCount(2);
	await expect(titles.getByLabel('Slovenian')).toHaveAttribute('lang', 'sl');
	await titles.getByLabel('Slovenian').fill(`Zdravje migrantov ${title}`);
	await page.getByRole('button', { name: 'Save' }).click();
	await expect(translations.getByRole('listitem')).toHaveText([
		/^English:\s*complete$/,
		/^Slovenian:\s*complete$/
	]);

	// A reader whose browser asks for Slovenian reads the package in Slovenian, marked as such.
	const slovenian = await browser.newContext({ locale: 'sl-SI' });
	const reader = await slovenian.newPage();
	await signIn(reader, demo.coordinator);
	await reader.goto(page.url());
	const heading = reader.getByRole('heading', { level: 1 });
	await expect(heading).toHaveText(`Zdravje migrantov ${title}`);
	await expect(heading.locator('[lang="sl"]')).toHaveCount(1);
	await slovenian.close();
});

test('the Ljubljana pilot’s public page reads in Slovenian to a Slovenian browser, in English otherwise', async ({
	browser
}) => {
	const db = await appDatabase();
	const { rows } = await db.query<{ id: string }>(
		`select id from event where city = 'Ljubljana' and kind = 'pilot_training'`
	);
	await db.end();
	for (const [locale, expected, lang] of [
		['sl-SI', 'Pilotno usposabljanje MIG-H, Ljubljana', 'sl'],
		['en-GB', 'MIG-H pilot training, Ljubljana', 'en']
	] as const) {
		const context = await browser.newContext({ locale });
		const page = await context.newPage();
		await page.goto(`/e/${rows[0].id}`);
		const heading = page.getByRole('heading', { level: 1 });
		await expect(heading).toHaveText(expected);
		// The page's content is marked with the language it is in, its heading with it.
		await expect(heading.locator('xpath=ancestor::*[@lang][1]')).toHaveAttribute('lang', lang);
		if (lang === 'sl') await expectNoSeriousA11yViolations(page);
		await context.close();
	}
});
