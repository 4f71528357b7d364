import { readFile } from 'node:fs/promises';
import { expect, test } from '@playwright/test';
import { SaxesParser } from 'saxes';
import { appDatabase } from './app-database.js';
import { expectNoSeriousA11yViolations } from './axe.js';
import { demo, signIn } from './sign-in.js';

/**
 * A programme in Greece and Malta through 2026 with one pilot in Greece ending in May: 8 people
 * confirmed (6 nurses, 2 physicians), 5 of them certified. Its id.
 */
async function seededProgramme(): Promise<string> {
	const client = await appDatabase();
	try {
		const { rows } = await client.query<{ id: string }>(
			`insert into programme (name, starts_on, ends_on)
			values ('{"en": "E2E DHIS2 programme"}', '2026-01-01', '2026-12-31') returning id`
		);
		const programmeId = rows[0].id;
		await client.query(
			`insert into programme_country (programme_id, country_code, participation)
			values ($1, 'GR', 'pilot'), ($1, 'MT', 'pilot')`,
			[programmeId]
		);
		await client.query(
			`with pilot as (
				insert into event (programme_id, kind, title, starts_on, ends_on, country_code, language)
				values ($1, 'pilot_training', '{"en": "E2E pilot"}', '2026-05-18', '2026-05-20', 'GR', 'en')
				returning id),
			people as (
				insert into registration (event_id, full_name, email, country_code, profession, category, status)
				select pilot.id, 'Person ' || n, 'adx.person' || n || '@example.org', 'GR',
					(case when n <= 6 then 'nurse' else 'physician' end)::profession, 'social_worker', 'confirmed'
				from pilot, generate_series(1, 8) as n
				returning id, email)
			insert into certificate (registration_id, code)
			select id, 'ADX-E2E-' || email from people where email < 'adx.person6'`,
			[programmeId]
		);
		return programmeId;
	} finally {
		await client.end();
	}
}

/** The ADX file read back by an XML parser: each group's org unit and period, with its data values. */
function readAdx(xml: string) {
	const groups: { orgUnit: string; period: string; dataSet: string; values: Record<string, string>[] }[] = [];
	const parser = new SaxesParser({ xmlns: true });
	parser.on('opentag', (tag) => {
		expect(tag.uri).toBe('urn:ihe:qrph:adx:2015');
		const attributes = Object.fromEntries(
			Object.values(tag.attributes).map(({ name, value }) => [name, value])
		);
		if (tag.local === 'group')
			groups.push({ orgUnit: '', period: '', dataSet: '', ...attributes, values: [] });
		else if (tag.local === 'dataValue') groups.at(-1)?.values.push(attributes);
	});
	parser.write(xml).close();
	return groups;
}

test('a coordinator maps the programme to DHIS2 codes and downloads its figures as ADX', async ({ page }) => {
	test.slow();
	const programmeId = await seededProgramme();
	await signIn(page, demo.coordinator);
	await page.goto(`/programmes/${programmeId}`);
	await page.getByRole('link', { name: 'Exchange figures with DHIS2 (ADX)' }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('DHIS2 exchange');
	await expect(page.getByText('A figure about fewer than 5 people is not exported')).toBeVisible();

	// Without codes, the download is refused and every code the figures need is named.
	await page.getByLabel('From the quarter').selectOption('2026Q1');
	await page.getByLabel('To the quarter').selectOption('2026Q4');
	await page.getByRole('button', { name: 'Download the ADX file' }).click();
	const refusal = page.getByRole('alert');
	await expect(refusal).toContainText('No file was written');
	await expect(refusal).toContainText('The data set code is missing.');
	await expect(refusal).toContainText(
		'Data elements missing: Participants (confirmed registrations), People certified (certificates issued).'
	);
	await expect(refusal).toContainText('Organisation units missing: Greece.');
	await expectNoSeriousA11yViolations(page);

	// A bad category code and a code given twice are refused beside their fields.
	await page.getByLabel('Data set code').fill('MH_TRAINING');
	await page.getByLabel('Participants (confirmed registrations)').fill('MH_PART');
	await page.getByLabel('People certified (certificates issued)').fill('MH_PART');
	await page.getByLabel('Greece (GR)').fill('OU_GR');
	await page.getByLabel('Category code').fill('1 PROFESSION');
	await page.getByRole('button', { name: 'Save the codes' }).click();
	await expect(page.getByLabel('People certified (certificates issued)')).toHaveAttribute(
		'aria-invalid',
		'true'
	);
	await expect(page.getByText('This code is already given above: give each code once.')).toBeVisible();
	await expect(page.getByText('A category code must be an XML name').last()).toBeVisible();
	await expect(page.getByLabel('Greece (GR)')).toHaveValue('OU_GR');
	await expectNoSeriousA11yViolations(page);

	await page.getByLabel('People certified (certificates issued)').fill('MH_CERT');
	await page.getByLabel('Category code').fill('');
	await page.getByRole('button', { name: 'Save the codes' }).click();
	await expect(page.getByText('The codes were saved.')).toBeVisible();
	await expect(page.getByLabel('Data set code')).toHaveValue('MH_TRAINING');

	await page.getByLabel('From the quarter').selectOption('2026Q1');
	await page.getByLabel('To the quarter').selectOption('2026Q4');
	const download = page.waitForEvent('download');
	await page.getByRole('button', { name: 'Download the ADX file' }).click();
	const file = await download;
	expect(file.suggestedFilename()).toBe('adx-2026Q1-2026Q4.xml');
	const groups = readAdx(await readFile((await file.path())!, 'utf8'));
	expect(groups).toEqual([
		{
			orgUnit: 'OU_GR',
			period: '2026-04-01/P3M',
			dataSet: 'MH_TRAINING',
			values: [
				{ dataElement: 'MH_PART', value: '8' },
				{ dataElement: 'MH_CERT', value: '5' }
			]
		}
	]);
});
