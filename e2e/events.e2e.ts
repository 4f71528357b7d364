import { expect, test, type Page } from '@playwright/test';
import { expectNoSeriousA11yViolations } from './axe.js';
import { demo, signIn } from './sign-in.js';
import { chooseLanguage } from './language.js';

/** A title no other test uses, so tests that run at once on one database do not see each other's. */
const uniqueTitle = (what: string) => `${what} ${Date.now().toString(36)}${Math.floor(Math.random() * 1e4)}`;

/** Fills the new-event form for a two-day event in Athens (the kind and title are the caller's). */
async function fillAthens(page: Page, title: string) {
	await page.getByLabel('Kind of event').selectOption({ label: 'Training of Trainers' });
	const titles = page.getByRole('group', { name: 'Title' });
	await titles.getByLabel('English').fill(title);
	await titles.getByLabel('French').fill(`${title} (FR)`);
	await page.getByLabel('First day').fill('2031-05-12');
	await page.getByLabel('Last day').fill('2031-05-13');
	await page.getByLabel('Time zone').selectOption('Europe/Athens');
	await expect(page.getByRole('radio', { name: 'On site' })).toBeChecked();
	await page.getByLabel('Venue').fill('National School of Public Health');
	await page.getByLabel('City', { exact: true }).fill('Athens');
	await page.getByLabel('Country', { exact: true }).selectOption({ label: 'Greece' });
	await page.getByLabel('Capacity').fill('30');
}

test('a coordinator creates a Training of Trainers with quotas and an agenda, and finds it in the list', async ({
	page
}) => {
	test.slow();
	const title = uniqueTitle('ToT Athens');
	await signIn(page, demo.coordinator);
	await page.goto('/events');
	await page.getByRole('link', { name: 'New event' }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('New event');
	await fillAthens(page, title);
	const countries = page.getByRole('group', { name: 'Places kept per country' });
	await countries.getByLabel('Country, row 1').selectOption({ label: 'Greece' });
	await countries.getByLabel('Places, row 1').fill('10');
	const categories = page.getByRole('group', { name: 'Places kept per participant category' });
	await categories.getByLabel('Category, row 1').selectOption({ label: 'Academic' });
	await categories.getByLabel('Places, row 1').fill('5');
	const versions = page.getByLabel('Training package version');
	if ((await versions.locator('option').count()) > 1) await versions.selectOption({ index: 1 });
	await page.getByRole('group', { name: 'Facilitators' }).getByLabel('Ana Kovač').check();
	await page.getByLabel('Published: the public page and the registration form are open').check();
	await page.getByRole('button', { name: 'Create the event' }).click();

	await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
	await expect(page.getByText('The event has been created.')).toBeVisible();
	await expect(page.getByText('0 of 10 places held')).toBeVisible();
	await expect(page.getByText('0 of 5 places held')).toBeVisible();
	await expect(page.getByText('Ana Kovač')).toBeVisible();

	const sections = page.getByRole('navigation', { name: 'Sections of the event' });
	await sections.getByRole('link', { name: 'Agenda' }).click();
	await expect(page.getByText('The agenda is empty.')).toBeVisible();
	const add = page.getByRole('region', { name: 'Add to the agenda' });
	await add.getByLabel('Starts').fill('09:00');
	await add.getByLabel('Ends').fill('10:30');
	await add.getByRole('group', { name: 'Title' }).getByLabel('English').fill('Migrant health in Europe');
	await add.getByLabel('Speakers').fill('Dr Eleni Markou');
	await page.getByRole('button', { name: 'Add to the agenda' }).click();
	await expect(page.getByText('Added to the agenda.')).toBeVisible();

	await add.getByLabel('Day').selectOption({ index: 1 });
	await add.getByLabel('Starts').fill('14:00');
	await add.getByLabel('Ends').fill('13:00');
	await add.getByRole('group', { name: 'Title' }).getByLabel('English').fill('Mental health');
	await page.getByRole('button', { name: 'Add to the agenda' }).click();
	await expect(page.getByText('The end comes before the start.')).toBeVisible();
	await add.getByLabel('Ends').fill('15:30');
	await page.getByRole('button', { name: 'Add to the agenda' }).click();

	await expect(page.getByRole('heading', { level: 2, name: 'May 12, 2031' })).toBeVisible();
	await expect(page.getByRole('heading', { level: 2, name: 'May 13, 2031' })).toBeVisible();
	await expect(page.getByText('Migrant health in Europe', { exact: true })).toBeVisible();
	await expect(page.getByText('Speakers: Dr Eleni Markou')).toBeVisible();
	await expect(page.getByText('14:00–15:30')).toBeVisible();
	await expect(page.getByText('Times are those of Europe/Athens.')).toBeVisible();

	await page.goto('/events?kind=training_of_trainers&country=GR');
	const row = page.getByRole('row').filter({ hasText: title });
	await expect(row).toContainText(/May 12\s*–\s*13, 2031/);
	await expect(row).toContainText('0 of 30');
	await expectNoSeriousA11yViolations(page);
	await page.goto('/events/new');
	await expectNoSeriousA11yViolations(page);
});

test('the Malta focal point is refused the Greek Training of Trainers', async ({ page, browser }) => {
	await signIn(page, demo.focalGreece);
	await page.goto('/events?country=GR&kind=training_of_trainers');
	await page.getByRole('link', { name: 'MIG-H Training of Trainers' }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('MIG-H Training of Trainers');
	const greekEvent = page.url();

	const malta = await (await browser.newContext()).newPage();
	await signIn(malta, demo.focalMalta);
	await malta.goto('/events');
	await expect(malta.getByRole('heading', { level: 1 })).toHaveText('Events');
	await expect(malta.getByRole('link', { name: 'MIG-H Training of Trainers' })).toHaveCount(0);
	const response = await malta.goto(greekEvent);
	expect(response?.status()).toBe(403);
	await expect(malta.getByRole('alert')).toContainText('not allowed');
	expect((await malta.goto(`${greekEvent}/agenda`))?.status()).toBe(403);
});

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });

	test('bad input is refused beside each field, what was typed is kept, and a focal point stays in their country', async ({
		page
	}) => {
		test.slow();
		const title = uniqueTitle('Refused event');
		await signIn(page, demo.focalGreece);
		await page.goto('/events/new');
		await fillAthens(page, title);
		await page.getByLabel('Last day').fill('2031-05-10');
		const countries = page.getByRole('group', { name: 'Places kept per country' });
		await countries.getByLabel('Country, row 1').selectOption({ label: 'Greece' });
		await countries.getByLabel('Places, row 1').fill('20');
		await countries.getByLabel('Country, row 2').selectOption({ label: 'Malta' });
		await countries.getByLabel('Places, row 2').fill('20');
		await page.getByRole('radio', { name: 'Online' }).check();
		await page.getByRole('button', { name: 'Create the event' }).click();

		await expect(page.getByRole('alert')).toContainText('Nothing was saved');
		await expect(page.getByText('The end comes before the start.')).toBeVisible();
		await expect(page.getByText('These quotas keep more places than the event has.')).toBeVisible();
		await expect(page.getByLabel('Link to join')).toHaveAttribute('aria-invalid', 'true');
		await expect(page.getByRole('group', { name: 'Title' }).getByLabel('English')).toHaveValue(title);
		await expect(countries.getByLabel('Places, row 2')).toHaveValue('20');

		await page.getByLabel('Last day').fill('2031-05-13');
		await countries.getByLabel('Places, row 2').fill('5');
		await page.getByRole('radio', { name: 'On site' }).check();
		await page.getByLabel('City', { exact: true }).fill('Valletta');
		await page.getByLabel('Country', { exact: true }).selectOption({ label: 'Malta' });
		await page.getByRole('button', { name: 'Create the event' }).click();
		await expect(page.getByText('You can only choose among your own countries.')).toBeVisible();

		await page.getByLabel('City', { exact: true }).fill('Thessaloniki');
		await page.getByLabel('Country', { exact: true }).selectOption({ label: 'Greece' });
		await page.getByRole('button', { name: 'Create the event' }).click();
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
		await expect(page.getByText('0 of 5 places held')).toBeVisible();
	});
});

test.describe('on a phone', () => {
	test.use({ viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true });

	test('the event pages fit a 360 px screen in French and in Arabic', async ({ page }) => {
		test.slow();
		await signIn(page, demo.admin);
		await page.goto('/events?kind=training_of_trainers');
		await page.getByRole('link', { name: 'MIG-H Training of Trainers' }).click();
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('MIG-H Training of Trainers');
		const event = new URL(page.url()).pathname;
		const paths = [
			'/events',
			'/events/new',
			event,
			`${event}/agenda`,
			`${event}/registrations`,
			`${event}/edit`
		];

		for (const [lang, eventsTitle] of [
			['fr', 'Événements'],
			['ar', 'الفعاليات']
		]) {
			await chooseLanguage(page, lang as 'fr' | 'ar');
			await expect(page.locator('html')).toHaveAttribute('lang', lang);
			for (const path of paths) {
				await page.goto(path);
				await expect(page.locator('html')).toHaveAttribute('lang', lang);
				const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
				expect(overflow, `${path} in ${lang} is wider than the phone`).toBeLessThanOrEqual(0);
			}
			await page.goto('/events');
			await expect(page.getByRole('heading', { level: 1 })).toHaveText(eventsTitle);
		}
		await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
	});
});
