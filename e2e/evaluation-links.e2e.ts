import { randomBytes } from 'node:crypto';
import { expect, test } from '@playwright/test';
import { appDatabase } from './app-database.js';
import { expectNoSeriousA11yViolations } from './axe.js';
import { demo, signIn } from './sign-in.js';

/**
 * A pilot of the demo Training of Trainers' programme with three confirmed participants and one
 * on the waiting list; its id.
 */
async function pilotWithParticipants(names: string[]): Promise<string> {
	const client = await appDatabase();
	try {
		const { rows } = await client.query<{ id: string }>(
			`insert into event (programme_id, kind, title, starts_on, ends_on, language, country_code)
			select programme_id, 'pilot_training', $1, current_date + 7, current_date + 8, 'en', country_code
			from event where title->>'en' = 'MIG-H Training of Trainers'
			returning id`,
			[JSON.stringify({ en: `E2E personal links ${randomBytes(3).toString('hex')}` })]
		);
		const eventId = rows[0].id;
		await client.query(
			`insert into registration (event_id, full_name, email, country_code, profession, category, status)
			select $1, name, lower(replace(name, ' ', '.')) || '@example.org', 'GR', 'nurse', 'social_worker',
				case when ordinality = 4 then 'waitlisted' else 'confirmed' end::registration_status
			from unnest($2::text[]) with ordinality as name`,
			[eventId, names]
		);
		return eventId;
	} finally {
		await client.end();
	}
}

test('a coordinator prints the personal links of an event: one QR code per confirmed participant', async ({
	page
}) => {
	const eventId = await pilotWithParticipants([
		'Amal Haddad',
		'Eleni Papadaki',
		'Marco Rossi',
		'Wait Listed'
	]);
	await signIn(page, demo.coordinator);
	await page.goto(`/events/${eventId}/attendance`);
	await page.getByRole('link', { name: 'Personal links to print (QR codes)' }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Personal links');

	const codes = page.getByRole('img', { name: /^QR code of the personal link of / });
	await expect(codes).toHaveCount(3);
	for (const name of ['Amal Haddad', 'Eleni Papadaki', 'Marco Rossi'])
		await expect(page.getByRole('img', { name: `QR code of the personal link of ${name}` })).toBeVisible();
	await expect(page.getByText('Wait Listed')).toHaveCount(0);

	// Each code's link is that participant's own, and opens MHub's personal page.
	const client = await appDatabase();
	try {
		const { rows } = await client.query<{ full_name: string; token: string }>(
			`select full_name, token from evaluation_link join registration on registration.id = registration_id
			where event_id = $1 order by full_name`,
			[eventId]
		);
		expect(rows.map((row) => row.full_name)).toEqual(['Amal Haddad', 'Eleni Papadaki', 'Marco Rossi']);
		for (const { full_name, token } of rows)
			await expect(page.getByRole('listitem').filter({ hasText: full_name })).toContainText(
				new RegExp(`https?://\\S+/t/${token}`)
			);
	} finally {
		await client.end();
	}
	await expectNoSeriousA11yViolations(page);

	// On paper: the codes alone, without the menus.
	await page.emulateMedia({ media: 'print' });
	await expect(page.getByRole('navigation', { name: 'Main' })).toBeHidden();
	await expect(codes).toHaveCount(3);
	await expect(codes.first()).toBeVisible();
});
