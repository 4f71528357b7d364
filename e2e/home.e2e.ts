import { expect, test } from '@playwright/test';
import { appDatabase } from './app-database.js';
import { expectNoSeriousA11yViolations } from './axe.js';
import { chooseLanguage } from './language.js';
import { demo, signIn } from './sign-in.js';

/**
 * A published pilot in Ireland next week, with a session in three days: the demo trainer facilitates
 * it and is registered for it too (a trainer also takes trainings). Its id.
 */
async function trainerAndTrainee(title: string, session: string): Promise<string> {
	const db = await appDatabase();
	try {
		const { rows } = await db.query<{ id: string }>(
			`with made as (
				insert into event (kind, title, starts_on, ends_on, country_code, city, language, is_published)
				values ('pilot_training', jsonb_build_object('en', $1::text), current_date + 7, current_date + 8,
					'IE', 'Cork', 'en', true)
				returning id),
			facilitator as (
				insert into event_facilitator (event_id, user_id)
				select made.id, u.id from made, "user" u where u.email = $3),
			agenda as (
				insert into agenda_item (event_id, starts_at, ends_at, title)
				select id, now() + interval '3 days', now() + interval '3 days 2 hours', jsonb_build_object('en', $2::text)
				from made)
			insert into registration (event_id, full_name, email, country_code, profession, category, status)
			select id, 'Ana Kovač', $3, 'IE', 'nurse', 'social_worker', 'confirmed' from made
			returning event_id as id`,
			[title, session, demo.trainer]
		);
		return rows[0].id;
	} finally {
		await db.end();
	}
}

test('the home page is reachable, has landmarks and no serious accessibility problems', async ({ page }) => {
	await page.goto('/');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Welcome to MHub');
	await expect(page.getByRole('main')).toBeVisible();
	await expect(page.getByRole('navigation', { name: 'Main' })).toBeVisible();
	await expectNoSeriousA11yViolations(page);
});

test('switching to Arabic lays the page out right to left, and the choice is remembered', async ({
	page
}) => {
	await page.goto('/');
	await chooseLanguage(page, 'ar');
	await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
	await expect(page.locator('html')).toHaveAttribute('lang', 'ar');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('مرحبًا بكم في إم هَب');
	await page.goto('/');
	await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
	await expectNoSeriousA11yViolations(page);
});

test('a trainer signed in finds the sessions they run and the training they take part in, in English and Arabic', async ({
	page
}) => {
	const title = `Home page pilot ${Date.now()}`;
	const eventId = await trainerAndTrainee(title, 'Home page opening session');
	await signIn(page, demo.trainer);
	await page.goto('/');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Welcome, Ana Kovač');

	const asTrainer = page.getByRole('region', { name: 'As a trainer' });
	await expect(asTrainer.getByRole('heading', { name: 'Sessions to run in the next 14 days' })).toBeVisible();
	await expect(asTrainer.getByRole('link', { name: 'Home page opening session' })).toHaveAttribute(
		'href',
		`/events/${eventId}/agenda`
	);
	await expect(asTrainer.getByRole('heading', { name: 'Attendance to take' })).toBeVisible();
	await expect(asTrainer.getByRole('heading', { name: 'Test scores to enter' })).toBeVisible();

	const asTrainee = page.getByRole('region', { name: 'My trainings' });
	await expect(asTrainee.getByRole('link', { name: title })).toHaveAttribute('href', `/e/${eventId}`);
	await expect(asTrainee.getByText('No test is open for you now.', { exact: false })).toBeVisible();
	// Staff sections are for staff roles only.
	await expect(page.getByRole('region', { name: 'My programmes' })).toHaveCount(0);
	await expectNoSeriousA11yViolations(page);

	await chooseLanguage(page, 'ar');
	await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
	await expect(page.getByRole('region', { name: 'بصفتي مدرّبًا' })).toBeVisible();
	await expectNoSeriousA11yViolations(page);
});

test('on a public page that ships no script, the language is changed with its button', async ({ page }) => {
	await page.goto('/certificates');
	await chooseLanguage(page, 'fr');
	await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
});

test('the health check reports a reachable database', async ({ request }) => {
	const response = await request.get('/healthz');
	expect(response.status()).toBe(200);
	expect(await response.json()).toEqual({ status: 'ok', database: 'reachable' });
});
