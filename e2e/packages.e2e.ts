import { writeFile } from 'node:fs/promises';
import { expect, test, type Page } from '@playwright/test';
import { expectNoSeriousA11yViolations } from './axe.js';
import { demo, signIn } from './sign-in.js';
import { chooseLanguage } from './language.js';

/** A PDF as small as a PDF can be: MHub recognises files by their content, not their name. */
const pdf = Buffer.from('%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n', 'latin1');

/** Creates a package in the MIG-H programme and opens its page; the title is unique to the test. */
async function createPackage(page: Page, label: string): Promise<string> {
	const title = `${label} ${Date.now()}-${Math.floor(Math.random() * 1000)}`;
	await page.goto('/packages');
	await page.getByRole('link', { name: 'New package' }).click();
	const titles = page.getByRole('group', { name: 'Title' });
	await titles.getByLabel('English').fill(title);
	await titles.getByLabel('French').fill(`${title} (fr)`);
	const programme = page.getByLabel('Programme');
	const migh = await programme.locator('option', { hasText: 'MIG-H Training' }).getAttribute('value');
	await programme.selectOption(migh!);
	await page.getByRole('checkbox', { name: 'Health professionals' }).check();
	await page.getByRole('button', { name: 'Create' }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
	return title;
}

/** Adds a module with one session from the package page, and opens the session's page. */
async function addModuleAndSession(page: Page, module: string, session: string): Promise<void> {
	await page.getByRole('group', { name: 'Title of the module' }).getByLabel('English').fill(module);
	await page.locator('form[action="?/addModule"]').getByRole('button').click();
	await expect(page.getByText('The module has been added.')).toBeVisible();
	await page.getByRole('link', { name: module }).click();

	await page.getByRole('group', { name: 'Title of the session' }).getByLabel('English').fill(session);
	await page
		.getByRole('group', { name: 'Objective 1' })
		.getByLabel('English')
		.fill('Describe how TB spreads');
	await page.getByLabel('Duration in minutes').first().fill('90');
	await page.locator('form[action="?/addSession"]').getByRole('button').click();
	await expect(page.getByText('The session has been added.')).toBeVisible();
	await page.getByRole('link', { name: session }).click();
	await expect(page.getByRole('heading', { level: 1 })).toContainText(session);
}

test('a coordinator builds a package, publishes version 1, and later edits change the draft only', async ({
	page
}) => {
	// A whole journey through five pages and a dozen forms: slow on a loaded machine.
	test.slow();
	await signIn(page, demo.coordinator);
	const title = await createPackage(page, 'Migrant health');
	await expect(page.getByText('Arabic: 1 of 1 texts missing')).toBeVisible();
	await addModuleAndSession(page, 'Communicable diseases', 'Tuberculosis');

	const file = page.getByRole('group', { name: 'Title of the file' });
	await file.getByLabel('English').fill('TB factsheet');
	await page.getByLabel('File', { exact: true }).setInputFiles({
		name: 'tb-factsheet.pdf',
		mimeType: 'application/pdf',
		buffer: pdf
	});
	await page.getByRole('button', { name: 'Upload a file' }).click();
	await expect(page.getByText('The material has been added.')).toBeVisible();
	await expect(page.getByRole('link', { name: 'TB factsheet' })).toBeVisible();

	await page.getByRole('link', { name: title }).click();
	await page.getByLabel('What changed').fill('For the Training of Trainers');
	await page.getByRole('button', { name: 'Publish version 1' }).click();
	await expect(page.getByText('Version 1 has been published.')).toBeVisible();
	await expect(page.getByText('The draft is the same as version 1.', { exact: true })).toBeVisible();

	// The draft changes; version 1 does not.
	await page.getByRole('link', { name: 'Communicable diseases' }).click();
	const moduleTitle = page
		.locator('form[action="?/update"]')
		.getByRole('group', { name: 'Title of the module' });
	await moduleTitle.getByLabel('English').fill('Infectious diseases');
	await page.locator('form[action="?/update"]').getByRole('button', { name: 'Save' }).click();
	await expect(page.getByText('Your changes have been saved.')).toBeVisible();
	await page.getByRole('link', { name: title }).click();
	await expect(page.getByText('The draft has changes that version 1 does not have.')).toBeVisible();
	await expect(page.getByRole('link', { name: 'Infectious diseases' })).toBeVisible();

	await page.getByRole('link', { name: 'Version 1', exact: true }).click();
	await expect(
		page.getByRole('heading', { level: 2, name: 'Module 1: Communicable diseases' })
	).toBeVisible();
	await expect(page.getByText('Infectious diseases')).toHaveCount(0);
	const download = await page.request.get(
		(await page.getByRole('link', { name: 'TB factsheet' }).getAttribute('href'))!
	);
	expect(download.headers()['content-type']).toBe('application/pdf');
	expect(Buffer.from(await download.body()).equals(pdf)).toBe(true);

	await page.getByRole('link', { name: 'Trainee edition' }).click();
	await expect(page.getByRole('heading', { level: 3, name: /Tuberculosis/ })).toBeVisible();
	const outline = await page.request.get(
		(await page.getByRole('link', { name: /Printable outline/ }).getAttribute('href'))!
	);
	expect(outline.headers()['content-type']).toBe('application/pdf');
	expect((await outline.body()).subarray(0, 5).toString('latin1')).toBe('%PDF-');
});

test('a file of another type, or too large, is refused beside the field', async ({ page }, testInfo) => {
	// Sends 20 MB through the browser: slow on a loaded machine.
	test.slow();
	await signIn(page, demo.coordinator);
	await createPackage(page, 'Refusals');
	await addModuleAndSession(page, 'Mental health', 'Psychological first aid');

	const upload = async (file: string | { name: string; mimeType: string; buffer: Buffer }) => {
		await page.getByRole('group', { name: 'Title of the file' }).getByLabel('English').fill('Handout');
		await page.getByLabel('File', { exact: true }).setInputFiles(file);
		await page.getByRole('button', { name: 'Upload a file' }).click();
	};
	const fileField = page.getByLabel('File', { exact: true });

	await upload({
		name: 'photo.pdf',
		mimeType: 'application/pdf',
		buffer: Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex')
	});
	await expect(page.getByText('This type of file is not accepted')).toBeVisible();
	await expect(fileField).toHaveAttribute('aria-invalid', 'true');

	// Handed to the browser by path: a file this large is slow to pass through the test protocol.
	const huge = testInfo.outputPath('huge.pdf');
	await writeFile(huge, Buffer.concat([pdf, Buffer.alloc(20 * 1024 * 1024)]));
	await upload(huge);
	await expect(page.getByText('This file is too large (max 20 MB).')).toBeVisible();
	await expect(fileField).toHaveAttribute('aria-invalid', 'true');
	await expect(page.getByText('No material yet.')).toBeVisible();
});

test('the demo package’s pages have no serious accessibility problems, and read right to left on a phone in Arabic', async ({
	page
}) => {
	await page.setViewportSize({ width: 360, height: 740 });
	await signIn(page, demo.coordinator);
	await page.goto('/packages');
	await page.getByRole('link', { name: /^MIG-H training package/ }).click();
	await expect(page.getByRole('heading', { level: 2, name: 'Draft' })).toBeVisible();
	await expectNoSeriousA11yViolations(page);
	const packagePage = new URL(page.url()).pathname;
	await page.getByRole('link', { name: 'Psychological first aid' }).click();
	await expect(page.getByRole('heading', { level: 1 })).toContainText('Psychological first aid');
	await expectNoSeriousA11yViolations(page);
	const sessionPage = new URL(page.url()).pathname;

	await chooseLanguage(page, 'ar');
	await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
	for (const path of ['/packages', packagePage, sessionPage, `${packagePage}/versions/1`]) {
		await page.goto(path);
		const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
		expect(overflow, `${path} is wider than the phone`).toBeLessThanOrEqual(0);
	}
	await expect(page.getByRole('heading', { level: 2, name: /الأمراض المعدية والهجرة/ })).toBeVisible();
	await page.goto('/packages');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('الحقائب التدريبية');
});

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });

	test('the package is built and published with plain forms, and others may not change it', async ({
		page,
		browser
	}) => {
		await signIn(page, demo.coordinator);
		const title = await createPackage(page, 'No script');
		await addModuleAndSession(page, 'Communicable diseases', 'Hepatitis');
		await page.getByRole('link', { name: title }).click();
		await page.getByRole('button', { name: 'Publish version 1' }).click();
		await expect(page.getByText('Version 1 has been published.')).toBeVisible();
		const packagePage = new URL(page.url()).pathname;

		const trainer = await (await browser.newContext()).newPage();
		await signIn(trainer, demo.trainer);
		await trainer.goto(packagePage);
		await expect(trainer.getByRole('link', { name: 'Version 1', exact: true })).toBeVisible();
		await expect(trainer.getByRole('heading', { name: 'Draft' })).toHaveCount(0);
		const response = await trainer.goto(`${packagePage}/edit`);
		expect(response?.status()).toBe(403);
	});
});
