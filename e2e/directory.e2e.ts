import { expect, test } from '@playwright/test';
import { expectNoSeriousA11yViolations } from './axe.js';
import { signIn } from './sign-in.js';

test('a coordinator creates an organisation and finds it again with a misspelled search', async ({
	page
}) => {
	await signIn(page, 'coordinator@mhub.demo');
	await page.goto('/directory/organisations');
	await page.getByRole('link', { name: 'New organisation' }).click();

	const name = page.getByRole('group', { name: 'Name' });
	await name.getByLabel('English').fill('Hellenic Centre for Refugee Health');
	await name.getByLabel('French').fill('Centre hellénique pour la santé des réfugiés');
	await expect(name.getByLabel('Arabic')).toHaveAttribute('dir', 'rtl');
	await page.getByLabel('Type').selectOption({ label: 'NGO or civil society' });
	await page.getByLabel('Country', { exact: true }).selectOption({ label: 'Greece' });
	await page.getByLabel('Website').fill('https://refugee-health.example.org');
	await page.getByRole('button', { name: 'Create' }).click();

	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Hellenic Centre for Refugee Health');
	await expect(page.getByText('The record has been created.')).toBeVisible();
	await expect(page.getByText('Missing in Arabic').first()).toBeVisible();

	await page.goto('/directory/organisations');
	await page.getByLabel('Search by name').fill('Helenic Center for Refugee Helth');
	await page.getByRole('button', { name: 'Show results' }).click();
	await expect(page).toHaveURL(/q=Helenic/);
	await expect(page.getByRole('link', { name: 'Hellenic Centre for Refugee Health' })).toBeVisible();
});

test('invalid input is refused beside each field, and what was typed is kept', async ({ page }) => {
	await signIn(page, 'admin@mhub.demo');
	await page.goto('/directory/organisations/new');
	await page.getByRole('group', { name: 'Name' }).getByLabel('English').fill('   ');
	await page.getByLabel('Website').fill('www.no-scheme.example');
	await page.getByRole('button', { name: 'Create' }).click();

	await expect(page.getByRole('alert')).toContainText('Nothing was saved');
	await expect(page.getByText('Write it in at least one language.')).toBeVisible();
	await expect(page.getByText('This field is required.')).toBeVisible();
	const website = page.getByLabel('Website');
	await expect(website).toHaveValue('www.no-scheme.example');
	await expect(website).toHaveAttribute('aria-invalid', 'true');
	await expect(page.getByText('Enter a web address starting with http:// or https://.')).toBeVisible();
});

test('a search with a control character is refused with a clear message, not a server error', async ({
	page
}) => {
	await signIn(page, 'coordinator@mhub.demo');
	const answer = await page.goto('/directory/people?q=Nadia%00');
	expect(answer?.status()).toBe(400);
	await expect(page.getByRole('alert')).toHaveText(
		'This search contains invisible control characters: type it again without them.'
	);
});

test('the Greek focal point is told they are not allowed to open a Maltese record', async ({
	page,
	browser
}) => {
	await signIn(page, 'focal.malta@mhub.demo');
	await page.goto('/directory/organisations?country=MT');
	await page.getByRole('link', { name: 'Ministry for Health and Active Ageing (Malta)' }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(
		'Ministry for Health and Active Ageing (Malta)'
	);
	const malteseRecord = page.url();

	const greece = await (await browser.newContext()).newPage();
	await signIn(greece, 'focal.greece@mhub.demo');
	const response = await greece.goto(malteseRecord);
	expect(response?.status()).toBe(403);
	await expect(greece.getByRole('alert')).toContainText('not allowed');

	await greece.goto('/directory/organisations');
	await expect(greece.getByRole('link', { name: /Malta/ })).toHaveCount(0);
	await expect(greece.getByRole('link', { name: 'Ministry of Health (Greece)' })).toBeVisible();
});

test('the organisation and people lists have no serious accessibility problems', async ({ page }) => {
	await signIn(page, 'admin@mhub.demo');
	await page.goto('/directory/organisations');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Organisations');
	await expectNoSeriousA11yViolations(page);
	await page.goto('/directory/people');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('People');
	await expectNoSeriousA11yViolations(page);
});

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });

	test('the Greek focal point adds a person, is refused a Maltese one, then archives and restores', async ({
		page
	}) => {
		await signIn(page, 'focal.greece@mhub.demo');
		await page.goto('/directory/people/new');
		await page.getByLabel('Full name').fill('Anastasia Kosta');
		await page.getByLabel('Email').fill('anastasia.kosta@example.org');
		await page.getByLabel('Organisation').selectOption({ label: 'Ministry of Health (Greece)' });
		await page.getByLabel('Add countries').selectOption({ label: 'Malta' });
		await page.getByRole('checkbox', { name: 'Greece' }).uncheck();
		await page.getByLabel('Profession').selectOption({ label: 'Midwife' });
		await page.getByRole('group', { name: 'Languages' }).getByLabel('Greek').check();
		await page.getByRole('group', { name: 'Areas of expertise' }).getByLabel('Mental health').check();
		await page.getByLabel('Agrees to be contacted through the network').check();
		await page.getByRole('button', { name: 'Create' }).click();

		await expect(page.getByText('You can only choose among your own countries.')).toBeVisible();
		await expect(page.getByLabel('Full name')).toHaveValue('Anastasia Kosta');
		await expect(page.getByRole('checkbox', { name: 'Malta' })).toBeChecked();
		await page.getByRole('checkbox', { name: 'Malta' }).uncheck();
		await page.getByRole('checkbox', { name: 'Greece' }).check();
		await page.getByRole('button', { name: 'Create' }).click();

		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Anastasia Kosta');
		await expect(page.getByText(/Agreed to be contacted on/)).toBeVisible();

		await page.getByText('Archive this person').click();
		await page.getByRole('button', { name: 'Yes, archive it' }).click();
		await expect(page.getByText(/This record is archived/)).toBeVisible();
		await page.goto('/directory/people?q=Anastasia+Kosta');
		await expect(page.getByRole('link', { name: 'Anastasia Kosta' })).toHaveCount(0);
		await page.goto('/directory/people?q=Anastasia+Kosta&includeArchived=true');
		await page.getByRole('link', { name: 'Anastasia Kosta' }).click();
		await page.getByRole('button', { name: 'Restore' }).click();
		await expect(page.getByText('The record has been restored.')).toBeVisible();
	});
});
