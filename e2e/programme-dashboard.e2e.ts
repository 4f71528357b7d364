import { expect, test } from '@playwright/test';
import { pairSumsOf } from '../src/lib/statistics/pre-post-sums.js';
import { appDatabase } from './app-database.js';
import { expectNoSeriousA11yViolations } from './axe.js';
import { demo, signIn } from './sign-in.js';

/** Pre → post scores out of 10: twelve nurses in Greece, three in Malta (a small cell). */
const greece: [number, number][] = [
	[4, 7],
	[5, 8],
	[6, 9],
	[3, 6],
	[5, 7],
	[6, 8],
	[4, 8],
	[7, 9],
	[5, 6],
	[6, 10],
	[4, 5],
	[5, 9]
];
const malta: [number, number][] = [
	[5, 6],
	[6, 8],
	[4, 7]
];

/**
 * A programme with a training in Greece, its participants from Greece and Malta, and the evaluation
 * summary the refresh job would write for them (the job's own sums, from pairSumsOf).
 */
async function programmeWithResults(): Promise<string> {
	const client = await appDatabase();
	try {
		const programmeId = (
			await client.query<{ id: string }>(
				`insert into programme (name, starts_on, ends_on) values ('{"en": "E2E dashboard programme"}', '2025-01-01', '2026-12-31') returning id`
			)
		).rows[0].id;
		await client.query(
			`insert into programme_country (programme_id, country_code, participation, trainings_target)
			values ($1, 'GR', 'pilot', 2), ($1, 'MT', 'pilot', 1)`,
			[programmeId]
		);
		const eventId = (
			await client.query<{ id: string }>(
				`insert into event (programme_id, kind, title, starts_on, ends_on, country_code, language)
				values ($1, 'pilot_training', '{"en": "E2E dashboard pilot"}', '2025-03-01', '2025-03-02', 'GR', 'en') returning id`,
				[programmeId]
			)
		).rows[0].id;
		for (const [countryCode, pairs] of [
			['GR', greece],
			['MT', malta]
		] as const) {
			await client.query(
				`insert into registration (event_id, full_name, email, country_code, profession, category, status)
				select $1, 'Person ' || n, $2 || n || '@example.org', $3, 'nurse', 'social_worker', 'confirmed'
				from generate_series(1, $4) n`,
				[eventId, `e2e-dashboard-${countryCode}-`, countryCode, pairs.length]
			);
			const sums = pairSumsOf(pairs, 10);
			await client.query(
				`insert into evaluation_summary (event_id, country_code, profession, kind, n, sum_pre, sum_post,
					sum_pre_squared, sum_post_squared, sum_pre_times_post, sum_individual_gains, at_max_on_pre,
					differences, participants, post_takers, passes)
				values ($1, $2, 'nurse', 'pre_post', $3, $4, $5, $6, $7, $8, $9, $10, $11, $3, $3, $3)`,
				[
					eventId,
					countryCode,
					sums.n,
					sums.sumPre,
					sums.sumPost,
					sums.sumPreSquared,
					sums.sumPostSquared,
					sums.sumPreTimesPost,
					sums.sumIndividualGains,
					sums.atMaxOnPre,
					JSON.stringify(sums.differences)
				]
			);
		}
		return programmeId;
	} finally {
		await client.end();
	}
}

test('a coordinator reads the programme dashboard and its map, then filters by a country', async ({
	page
}) => {
	test.slow(); // two dashboard pages, one checked by axe
	const programmeId = await programmeWithResults();
	await signIn(page, demo.coordinator);
	await page.goto(`/programmes/${programmeId}`);
	await page.getByRole('link', { name: /Evaluation dashboard/ }).click();
	await expect(page.getByRole('heading', { level: 1, name: 'Evaluation dashboard' })).toBeVisible();

	// 15 pairs in all: mean pre 50 %, mean post 75.3 %.
	await expect(
		page.getByText('Mean post-test', { exact: true }).locator('xpath=following-sibling::dd[1]')
	).toHaveText('75.3 %');
	const table = page.getByRole('table');
	const maltaRow = table.getByRole('row', { name: /Malta/ });
	await expect(maltaRow.getByRole('cell').nth(1)).toHaveText('—'); // 3 pairs: hidden
	await expect(
		table
			.getByRole('row', { name: /Greece/ })
			.getByRole('cell')
			.nth(1)
	).toHaveText('12');
	await expect(page.getByText('Level 4, results (not measured yet): not covered')).toBeVisible();
	await expectNoSeriousA11yViolations(page);

	// The map: Greece coloured with its figure, Malta (a dot) hatched as a small cell; Greece leads
	// to the dashboard filtered by it.
	const map = page
		.locator('svg')
		.filter({ has: page.locator('title', { hasText: 'by participants' }) })
		.first();
	await expect(map.locator('title', { hasText: /^Greece — / })).toHaveCount(1);
	await expect(map.locator('title', { hasText: 'Malta — Fewer than 5 people' })).not.toHaveCount(0);
	// Greece's outline has islands all round it: its link is followed from the keyboard.
	await map.locator('a[href*="country=GR"]').first().focus();
	await page.keyboard.press('Enter');
	await expect(page).toHaveURL(/country=GR/);
	await expect(page.getByLabel("Participants' country", { exact: true })).toHaveValue('GR');
	await expect(table.getByRole('row', { name: /Malta/ })).toHaveCount(0);
	await expect(
		page.getByText('Mean post-test', { exact: true }).locator('xpath=following-sibling::dd[1]')
	).toHaveText('76.7 %');
});
