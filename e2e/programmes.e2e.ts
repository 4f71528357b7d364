import { expect, test } from '@playwright/test';
import { expectNoSeriousA11yViolations } from './axe.js';
import { demo, signIn } from './sign-in.js';

test('a coordinator creates a programme with its countries and targets, then changes a target', async ({
	page
}) => {
	await signIn(page, demo.coordinator);
	await page.goto('/programmes');
	await page.getByRole('link', { name: 'New programme' }).click();

	const name = page.getByRole('group', { name: 'Name' });
	await name.getByLabel('English').fill('Health of migrants in the Western Balkans');
	await page.getByLabel('Starts on').fill('2027-01-01');
	await page.getByLabel('Ends on').fill('2028-06-30');
	await page.getByLabel('SDG 3', { exact: true }).check();
	await page.getByLabel('Country 1', { exact: true }).selectOption({ label: 'Serbia' });
	await page.getByLabel('Participation of country 1').selectOption({ label: 'Pilot' });
	await page.getByLabel('Trainings to hold in country 1').fill('2');
	await page.getByLabel('Country of target 1').selectOption({ label: 'Serbia' });
	await page.getByLabel('Profession of target 1').selectOption({ label: 'Nurse' });
	await page.getByLabel('People of target 1').fill('30');
	await page.getByRole('button', { name: 'Create the programme' }).click();

	await expect(page.getByRole('heading', { level: 1 })).toHaveText(
		'Health of migrants in the Western Balkans'
	);
	await expect(page.getByText('The programme has been created.')).toBeVisible();
	const serbia = page.getByRole('row', { name: /Serbia/ });
	await expect(serbia).toContainText('0 / 2 (0%)');
	await expect(serbia).toContainText('Nurse: 0 / 30 (0%)');

	await page.getByRole('link', { name: 'Edit the programme' }).click();
	await expect(page.getByLabel('Trainings to hold in country 1')).toHaveValue('2');
	await page.getByLabel('Trainings to hold in country 1').fill('4');
	await page.getByRole('button', { name: 'Save changes' }).click();
	await expect(page.getByText('Your changes have been saved.')).toBeVisible();
	await expect(page.getByRole('row', { name: /Serbia/ })).toContainText('0 / 4 (0%)');
});

test('bad input is refused beside each field and what was typed is kept', async ({ page }) => {
	await signIn(page, demo.admin);
	await page.goto('/programmes/new');
	await page.getByLabel('Starts on').fill('2027-05-01');
	await page.getByLabel('Ends on').fill('2027-01-01');
	await page.getByLabel('Contact email').fill('not an email');
	await page.getByLabel('Country 1', { exact: true }).selectOption({ label: 'Malta' });
	await page.getByLabel('Participation of country 1').selectOption({ label: 'Rollout' });
	await page.getByLabel('Trainings to hold in country 1').fill('-3');
	await page.getByRole('button', { name: 'Create the programme' }).click();

	await expect(page.getByRole('alert')).toContainText('Nothing was saved');
	await expect(page.getByText('Write it in at least one language.')).toBeVisible();
	await expect(page.getByLabel('Trainings to hold in country 1')).toHaveAttribute('aria-invalid', 'true');
	await expect(page.getByLabel('Contact email')).toHaveValue('not an email');
	// The date rule is checked once the fields themselves are valid.
	await page.getByRole('group', { name: 'Name' }).getByLabel('English').fill('Dates the wrong way round');
	await page.getByLabel('Contact email').fill('');
	await page.getByLabel('Trainings to hold in country 1').fill('3');
	await page.getByRole('button', { name: 'Create the programme' }).click();
	await expect(page.getByText('The end comes before the start.')).toBeVisible();
});

test('a focal point follows MIG-H: progress per country, the cascade, and no other programme', async ({
	browser
}) => {
	const page = await (await browser.newContext()).newPage();
	await signIn(page, demo.focalGreece);
	await page.goto('/programmes');
	await expect(page.getByRole('link', { name: /Morocco|vulnerable migrants/ })).toHaveCount(0);
	await page.getByRole('link', { name: /^MIG-H Training/ }).click();
	await expect(page.getByRole('link', { name: 'Edit the programme' })).toHaveCount(0);
	await expect(page.getByRole('heading', { name: 'Timeline' })).toBeVisible();
	await expect(page.getByRole('link', { name: 'MIG-H Training of Trainers' })).toBeVisible();
	await expect(page.getByRole('row', { name: /Slovenia/ })).toContainText('Law-enforcement officer');
	await expect(page.getByRole('img', { name: /Trainings held against target/ })).toBeVisible();
	await expectNoSeriousA11yViolations(page);

	await page.getByRole('link', { name: /See the cascade/ }).click();
	const slovenia = page.getByRole('row', { name: /Slovenia/ });
	await expect(slovenia.getByRole('cell').nth(0)).toHaveText('2');
	await expect(slovenia.getByRole('cell').nth(2)).toHaveText('57');
	await expect(
		page.getByRole('link', { name: 'MIG-H session for police officers, Koper' }).first()
	).toBeVisible();
	// Trainers' names only for the countries whose people the focal point may read in the directory.
	const trainer = (country: string) => page.locator('.tree > ul > li', { hasText: `(${country})` }).first();
	await expect(trainer('Slovenia')).toContainText('A trainer from another country');
	await expect(trainer('Greece')).not.toContainText('another country');
	await expectNoSeriousA11yViolations(page);
});
