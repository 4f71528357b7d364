import { expect, test, type Page } from '@playwright/test';
import { appDatabase } from './app-database.js';
import { expectNoSeriousA11yViolations } from './axe.js';
import { demo, signIn } from './sign-in.js';

const test3 = {
	sections: [
		{
			name: 'quiz',
			title: { en: 'Quiz' },
			questions: [
				{
					name: 'first_step',
					type: 'single_choice',
					label: { en: 'First step?' },
					choices: [
						{ value: 'wash', label: { en: 'Wash hands' } },
						{ value: 'run', label: { en: 'Run' } }
					],
					required: true,
					marks: 2,
					correct: 'wash',
					module: 'Hygiene'
				},
				{ name: 'dose', type: 'number', label: { en: 'Dose?' }, marks: 1, correct: 5, tolerance: 1 }
			]
		}
	]
};

/**
 * A follow-up of the demo Training of Trainers (which the demo trainer facilitates) scored by a
 * test of 3 marks, on a day of its own so that runs never meet; its days and two confirmed people.
 */
async function scoredFollowUp(): Promise<{ days: number; people: string[] }> {
	const client = await appDatabase();
	try {
		// The first day from 400 on that no earlier run took (two runs at once: the loser takes the next).
		let days = 0;
		while (days === 0) {
			const { rows: made } = await client.query<{ days: number }>(
				`with tot as (select id, programme_id from event where title->>'en' = 'MIG-H Training of Trainers'),
				test as (insert into survey (programme_id, title, definition)
					select programme_id, '{"en": "E2E paper test"}', $1 from tot returning id)
				insert into evaluation_phase (event_id, phase, offset_days, survey_id, opens_at, closes_at)
				select tot.id, 'follow_up', greatest(400, (select max(offset_days) + 1 from evaluation_phase p
					where p.event_id = tot.id and p.phase = 'follow_up')), test.id, now() - interval '1 day', now() + interval '1 day'
				from tot, test
				on conflict do nothing
				returning offset_days as days`,
				[JSON.stringify(test3)]
			);
			days = made[0]?.days ?? 0;
		}
		const { rows } = await client.query<{ name: string }>(
			`select r.full_name as name from registration r join event e on e.id = r.event_id
			where e.title->>'en' = 'MIG-H Training of Trainers' and r.status = 'confirmed'
			order by r.full_name limit 3`
		);
		return { days, people: rows.map((row) => row.name) };
	} finally {
		await client.end();
	}
}

/** Opens the score grid of the follow-up from the training's attendance page, as a trainer would. */
async function openGrid(page: Page, days: number): Promise<void> {
	await page.goto('/events?kind=training_of_trainers');
	await page.getByRole('link', { name: 'MIG-H Training of Trainers', exact: true }).click();
	await page.getByRole('link', { name: 'Attendance', exact: true }).click();
	await page.getByRole('link', { name: `Enter the scores: Follow-up after ${days} days` }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(
		`Scores from paper: Follow-up after ${days} days`
	);
}

const cell = (page: Page, person: string, item: string) =>
	page.getByLabel(`${person} — ${item}`, { exact: true });

test('a trainer enters paper scores in the grid, without JavaScript, and sees them stored', async ({
	browser
}) => {
	test.slow();
	const { days, people } = await scoredFollowUp();
	const [first, second, third] = people;
	const context = await browser.newContext({ javaScriptEnabled: false });
	const page = await context.newPage();
	await signIn(page, demo.trainer);
	await openGrid(page, days);

	// A row half filled is refused with the problem beside its cell, and nothing is stored.
	await cell(page, first, 'first_step').fill('2');
	await cell(page, first, 'dose').fill('1');
	await cell(page, second, 'first_step').fill('0');
	await page.getByRole('button', { name: 'Store the scores' }).click();
	await expect(page.getByRole('alert')).toContainText(
		`${second} — dose: Enter a mark for every item of this person, or leave the whole row blank.`
	);
	await expect(cell(page, second, 'dose')).toHaveAttribute('aria-invalid', 'true');
	// What was typed is still there.
	await expect(cell(page, first, 'first_step')).toHaveValue('2');

	await cell(page, second, 'dose').fill('1');
	await page.getByRole('button', { name: 'Store the scores' }).click();
	await expect(page.getByRole('status')).toHaveText('Results stored: 2.');
	// Stored: shown read-only, the third person still to enter.
	await expect(page.getByRole('row', { name: new RegExp(first) })).toContainText('3 of 3, attempt 1');
	await expect(page.getByRole('row', { name: new RegExp(second) })).toContainText('1 of 3, attempt 1');
	await expect(cell(page, first, 'dose')).toHaveCount(0);
	await expect(cell(page, third, 'dose')).toBeVisible();

	// Totals only, for the third person.
	await page.getByRole('link', { name: 'Totals only' }).click();
	await cell(page, third, 'Total').fill('2');
	await page.getByRole('button', { name: 'Store the scores' }).click();
	await expect(page.getByRole('status')).toHaveText('Results stored: 1.');
	await expect(page.getByRole('row', { name: new RegExp(third) })).toContainText('2 of 3, attempt 1');
	await context.close();
});

test('a bad score file is refused whole, every refused row listed', async ({ page }) => {
	test.slow();
	const { days, people } = await scoredFollowUp();
	await signIn(page, demo.trainer);
	await openGrid(page, days);
	await page.getByRole('link', { name: 'Import the scores from a file (CSV or XLSX)' }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(
		`Import scores: Follow-up after ${days} days`
	);

	// The template lists the people to enter, with the columns the import reads.
	const template = await page.request.get(
		(await page.getByRole('link', { name: 'Marks per item (CSV)' }).getAttribute('href'))!
	);
	const lines = (await template.text()).replace(/^\uFEFF/, '').split(/\r?\n/);
	expect(lines[0]).toBe('Email,Code,Name,first_step,dose');
	const emails = lines.slice(1).map((line) => line.split(',')[0]);
	expect(emails.length).toBeGreaterThanOrEqual(3);

	const file = [
		lines[0],
		`${emails[0].toUpperCase()},,,2,1`,
		'nobody@example.org,,,1,1',
		`${emails[1]},,,3,x`
	].join('\n');
	await page.getByLabel('Score file (CSV or XLSX)').setInputFiles({
		name: 'scores.csv',
		mimeType: 'text/csv',
		buffer: Buffer.from(file)
	});
	await page.getByRole('button', { name: 'Import the scores' }).click();
	await expect(page.getByText('Nothing was stored: some rows are refused')).toBeVisible();
	const refused = page.getByRole('region', { name: 'Refused rows' });
	await expect(refused.getByRole('row')).toHaveCount(4);
	await expect(refused.getByRole('row', { name: /^3 Email No confirmed participant/ })).toBeVisible();
	await expect(refused.getByRole('row', { name: /^4 first_step More than the marks/ })).toBeVisible();
	await expect(refused.getByRole('row', { name: /^4 dose Enter a number/ })).toBeVisible();
	await expectNoSeriousA11yViolations(page);

	// Nothing stored: the good row's person is still to enter.
	await page.getByRole('link', { name: 'Back to the score grid' }).click();
	await expect(page.getByRole('status')).toHaveCount(0);
	await expect(cell(page, people[0], 'dose')).toBeVisible();
	await expect(page.getByText('attempt 1')).toHaveCount(0);
	await expectNoSeriousA11yViolations(page);
});
