import { readFile } from 'node:fs/promises';
import { expect, test } from '@playwright/test';
import { appDatabase } from './app-database.js';
import { expectNoSeriousA11yViolations } from './axe.js';
import { demo, signIn } from './sign-in.js';

/** A round's summary as a closed round freezes it: n rated, median, IQR and the share rated 7–9. */
const summary = (nRated: number, median: number, iqr: number, high: number) => ({
	overall: {
		nResponses: nRated,
		nRated,
		nUnable: 0,
		counts: [0, 0, 0, 0, 0, 0, 0, 0, 0],
		bandCounts: { low: 0, mid: nRated - Math.round(high * nRated), high: Math.round(high * nRated) },
		shares: { low: 0, mid: 1 - high, high },
		median,
		q1: median - iqr / 2,
		q3: median + iqr / 2,
		iqr
	},
	byGroup: {}
});

/**
 * A Delphi study of the MIG-H programme, written straight into the database (its pages are not
 * this journey's business): one statement accepted in round 1, one at the expert meeting, one
 * voted out. Returns the ids the journey chooses by.
 */
async function studyWithAcceptedStatements(label: string) {
	const client = await appDatabase();
	try {
		const one = async (text: string, values: unknown[]) =>
			(await client.query(text, values)).rows[0].id as string;
		const {
			rows: [{ id: programmeId }]
		} = await client.query(`select id from programme where acronym = 'MIG-H'`);
		const studyId = await one(
			`insert into delphi_study (programme_id, title, rule) values ($1, $2, $3) returning id`,
			[
				programmeId,
				{ en: `Study ${label}` },
				{ kind: 'bands', inMinHigh: 70, inMaxLow: 15, outMinLow: 70, outMaxHigh: 15, minRated: 1 }
			]
		);
		const domainId = await one(
			`insert into delphi_domain (study_id, position, title) values ($1, 1, $2) returning id`,
			[studyId, { en: 'Delivery' }]
		);
		const roundId = await one(
			`insert into delphi_round (study_id, number, opens_at, closes_at, closed_at)
			 values ($1, 1, '2017-10-01', '2017-10-15', '2017-10-15') returning id`,
			[studyId]
		);
		const statements = [
			{
				text: `Trainers have worked with migrants ${label}`,
				outcome: 'in',
				summary: summary(12, 8, 1, 10 / 12)
			},
			{
				text: `Sessions are held in the trainees’ language ${label}`,
				outcome: 'none',
				summary: summary(12, 6, 3, 0.5)
			},
			{ text: `Training lasts one hour ${label}`, outcome: 'out', summary: summary(12, 2, 1, 0) }
		];
		const ids: string[] = [];
		for (const [index, statement] of statements.entries()) {
			const id = await one(
				`insert into delphi_statement (study_id, domain_id, position, text) values ($1, $2, $3, $4) returning id`,
				[studyId, domainId, index + 1, { en: statement.text }]
			);
			await client.query(
				`insert into delphi_result (round_id, statement_id, summary, outcome) values ($1, $2, $3, $4)`,
				[roundId, id, statement.summary, statement.outcome]
			);
			ids.push(id);
		}
		await client.query(
			`insert into delphi_meeting_vote (statement_id, held_on, votes_for, votes_against, abstentions, outcome)
			 values ($1, '2018-01-31', 14, 2, 1, 'in')`,
			[ids[1]]
		);
		return { programmeId, studyId, statements: statements.map((statement) => statement.text) };
	} finally {
		await client.end();
	}
}

test('a coordinator builds a framework from a study’s accepted statements, publishes it, downloads its PDF and cites a component from a module', async ({
	page
}) => {
	// Many pages and forms on a loaded machine.
	test.slow();
	const label = `${Date.now()}-${Math.floor(Math.random() * 1000)}`;
	const study = await studyWithAcceptedStatements(label);
	const title = `Training framework ${label}`;

	await signIn(page, demo.coordinator);
	await page.goto('/frameworks');
	await page.getByRole('link', { name: 'New framework' }).click();
	await page.getByRole('group', { name: 'Title' }).getByLabel('English').fill(title);
	await page.getByLabel('Programme').selectOption(study.programmeId);
	await page.getByLabel('Delphi study').selectOption(study.studyId);
	await page.getByRole('button', { name: 'Create' }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
	await expectNoSeriousA11yViolations(page);

	await page.getByRole('group', { name: 'Section title' }).getByLabel('English').fill('Programme');
	await page.locator('form[action="?/addSection"]').getByRole('button').click();
	await expect(page.getByText('The section has been added.')).toBeVisible();

	await page.locator('summary', { hasText: 'Add a component' }).click();
	await page.getByRole('group', { name: 'Component title' }).getByLabel('English').fill('Trainers');
	await page.locator('form[action="?/addComponent"]').getByRole('button').click();
	await expect(page.getByText('The component has been added.')).toBeVisible();

	// Only the statements the study accepted are offered: the one voted out is not.
	const choices = page.getByRole('group', { name: 'Choose its statements: Trainers' });
	await expect(choices.getByRole('checkbox')).toHaveCount(2);
	await expect(choices.getByText(study.statements[2])).toHaveCount(0);
	await choices.getByRole('checkbox', { name: study.statements[0] }).check();
	await choices.getByRole('checkbox', { name: study.statements[1] }).check();
	await page.getByRole('button', { name: 'Save the statements' }).click();
	await expect(page.getByText('The statements have been saved.')).toBeVisible();
	await expectNoSeriousA11yViolations(page);

	// A translator takes the draft's texts to a translation tool and brings them back in Ukrainian.
	const frameworkPage = page.url();
	await page
		.getByRole('link', { name: 'Translate the draft with a translation tool (XLIFF or spreadsheet)' })
		.click();
	const download = page.waitForEvent('download');
	await page
		.locator('form[method="GET"]')
		.getByLabel('Language to translate into')
		.selectOption({ label: 'Ukrainian' });
	await page.getByRole('button', { name: 'Download XLIFF' }).click();
	const exported = await readFile((await (await download).path())!, 'utf8');
	expect(exported).toContain('<trans-unit id="component/');
	const translated = exported.replace(
		/<source>([^<]+)<\/source>/g,
		(_, text: string) => `<source>${text}</source><target state="translated">Переклад: ${text}</target>`
	);
	const upload = page.locator('form[action="?/import"]');
	await upload.getByLabel('Language to translate into').selectOption({ label: 'Ukrainian' });
	await upload.getByLabel('Translated file (XLIFF or XLSX)').setInputFiles({
		name: 'framework.uk.xlf',
		mimeType: 'application/xliff+xml',
		buffer: Buffer.from(translated)
	});
	await upload.getByRole('button', { name: 'Import the translation' }).click();
	await expect(page.getByRole('status')).toHaveText(/^\d+ texts translated into Ukrainian\.$/);
	await expect(page.getByRole('row', { name: 'Ukrainian 0 0' })).toBeVisible();
	await expectNoSeriousA11yViolations(page);
	await page.goto(frameworkPage);

	await page.getByRole('button', { name: 'Publish version 1' }).click();
	await expect(page.getByText('Version 1 has been published.')).toBeVisible();

	await page.getByRole('link', { name: 'Version 1', exact: true }).click();
	await expect(page.getByRole('heading', { level: 1 })).toContainText(title);
	await expect(page.getByRole('heading', { name: '1.1 Trainers' })).toBeVisible();
	await expect(page.getByText('Round 1: n 12, median 8, IQR 1, 83 % rated 7–9 — consensus in')).toBeVisible();
	await expect(
		page.getByText('Expert meeting, January 31, 2018: 14 for, 2 against, 1 abstaining — in')
	).toBeVisible();
	await expectNoSeriousA11yViolations(page);

	const href = await page.getByRole('link', { name: 'PDF in French' }).getAttribute('href');
	const pdf = await page.request.get(href!);
	expect(pdf.status()).toBe(200);
	expect(pdf.headers()['content-type']).toBe('application/pdf');
	expect(
		Buffer.from(await pdf.body())
			.subarray(0, 5)
			.toString('latin1')
	).toBe('%PDF-');

	// A module of the programme's package cites the component; the package page shows it.
	await page.goto('/packages');
	await page.getByRole('link', { name: /^MIG-H training package/ }).click();
	await page.getByRole('link', { name: 'Communicable diseases and migration' }).click();
	const citations = page.getByRole('group', { name: `${title} · Version 1` });
	await citations.getByRole('checkbox', { name: /^Trainers/ }).check();
	await page.getByRole('button', { name: 'Save the components' }).click();
	await expect(page.getByText('The components have been saved.')).toBeVisible();
	await expectNoSeriousA11yViolations(page);
	await page.getByRole('link', { name: /^MIG-H training package/ }).click();
	const cited = page.getByRole('region', { name: 'Framework components' });
	await expect(cited.getByRole('link', { name: title })).toBeVisible();

	// The cited component cannot leave the framework's draft while the module cites it.
	await cited.getByRole('link', { name: title }).click();
	// The citation opens the cited version; its page links back to the framework (the package page's
	// link has the same name, so wait for the version page before following it).
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(`${title} Version 1`);
	await page.getByRole('main').getByRole('link', { name: title, exact: true }).click();
	const removeTrainers = page.locator('summary[aria-label="Remove: Trainers"]');
	await removeTrainers.click();
	await page.getByRole('button', { name: 'Yes, remove it' }).click();
	await expect(page.getByText(/^Modules cite this component/)).toBeVisible();
	await expect(removeTrainers).toHaveCount(1);
});
