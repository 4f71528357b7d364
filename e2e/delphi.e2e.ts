import { expect, test, type Browser, type Page } from '@playwright/test';
import { expectNoSeriousA11yViolations } from './axe.js';
import { chooseLanguage } from './language.js';
import { demo, signIn } from './sign-in.js';

const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);
const experts = [
	'Eleni Papadimitriou',
	'Giorgos Antoniou',
	'Katerina Vlachou',
	'Maria Borg',
	'Joseph Camilleri'
];
const statements = ['Trainers are certified', 'Sessions last one full day', 'Evaluation is optional'];

/** What each panellist rates the three statements in round 1, and the second in round 2. */
const round1 = [
	[8, 5, 1],
	[9, 8, 2],
	[7, 2, 2],
	[8, 9, 3],
	[9, 7, 1]
];
const round2 = [8, 8, 4, 9, 2];

/** A panellist answers through their personal link, in a browser of their own. */
async function answer(browser: Browser, link: string, ratings: number[], options: { arabic?: boolean } = {}) {
	const context = await browser.newContext(
		options.arabic ? { viewport: { width: 390, height: 844 }, isMobile: true } : {}
	);
	const page = await context.newPage();
	await page.goto(link);
	if (options.arabic) {
		await chooseLanguage(page, 'ar');
		await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
		const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
		expect(overflow, 'the round page is wider than the phone').toBeLessThanOrEqual(0);
	}
	const groups = page.getByRole('radiogroup');
	await expect(groups).toHaveCount(ratings.length);
	for (const [index, rating] of ratings.entries())
		await groups.nth(index).getByLabel(String(rating), { exact: true }).check();
	await page.locator('button[value="submit"]').click();
	await expect(page.getByRole('status')).toBeVisible();
	return { page, context };
}

async function closeRound(page: Page, studyUrl: string, number: number) {
	await page.goto(studyUrl);
	await page.getByRole('button', { name: `Close round ${number}` }).click();
	await expect(page.getByText('Round closed: its results are frozen.')).toBeVisible();
}

test('a two-round Delphi study with five panellists, feedback in round 2, the outcome table and the meeting', async ({
	page,
	browser
}) => {
	test.setTimeout(180_000);
	const title = `Training components ${Date.now()}`;
	await signIn(page, demo.coordinator);
	await page.goto('/delphi/new');
	await page.getByLabel('Programme').selectOption({ index: 1 });
	await page.getByRole('group', { name: 'Title' }).getByLabel('English').fill(title);
	await page.getByLabel('Number of rounds').fill('2');
	await expect(page.getByLabel('Smallest stakeholder group shown to the panel')).toHaveValue('3');
	await page.getByRole('button', { name: 'Create the study' }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
	const studyUrl = page.url();
	await expect(
		page.getByText('Consensus in when at least 70 % rate 7–9 and at most 15 % rate 1–3.')
	).toBeVisible();

	await page.getByRole('group', { name: 'Domain title' }).getByLabel('English').fill('Delivery');
	await page.getByRole('button', { name: 'Add a domain' }).click();
	for (const text of statements) {
		await page.getByRole('group', { name: 'Statement' }).getByLabel('English').fill(text);
		await page.getByRole('button', { name: 'Add a statement' }).click();
		await expect(page.getByRole('listitem').filter({ hasText: text })).toBeVisible();
	}

	await page.getByRole('link', { name: /^Panel/ }).click();
	for (const [index, name] of experts.entries()) {
		await page.getByLabel('Search the directory by name').fill(name);
		await page.getByRole('button', { name: 'Search' }).click();
		await page.getByLabel(name).check();
		await page.getByLabel('Stakeholder group').fill(index < 3 ? 'Academia' : 'Ministries');
		await page.getByRole('button', { name: 'Add to the panel' }).click();
		await expect(page.getByText('Added to the panel: 1.')).toBeVisible();
	}
	const links: string[] = [];
	for (const name of experts)
		links.push(await page.getByRole('textbox', { name: `Personal link of ${name}` }).inputValue());
	await expectNoSeriousA11yViolations(page);

	await page.goto(studyUrl);
	await page.getByLabel('First day').fill(day(0));
	await page.getByLabel('Last day').fill(day(7));
	await page.getByRole('button', { name: 'Open round 1' }).click();
	await expect(page.getByText('Round opened. Send the panel their links.')).toBeVisible();
	await page.goto(`${studyUrl}/edit`);
	await expect(page.getByLabel('Smallest stakeholder group shown to the panel')).toBeDisabled();
	await page.goto(studyUrl);
	await page.getByRole('button', { name: 'Queue the mail' }).click();
	await expect(page.getByText('Mails queued: 5.')).toBeVisible();

	// Round 1: a refused submission first (nothing rated), then everyone answers; one in Arabic on a phone.
	const first = await browser.newContext();
	const refused = await first.newPage();
	await refused.goto(links[0]);
	await refused.locator('button[value="submit"]').click();
	await expect(refused.getByText('Rate this statement', { exact: false }).first()).toBeVisible();
	await expectNoSeriousA11yViolations(refused);
	await first.close();
	for (const [index, ratings] of round1.entries()) {
		const { context } = await answer(browser, links[index], ratings, { arabic: index === 4 });
		await context.close();
	}
	await closeRound(page, studyUrl, 1);

	await page.getByLabel('First day').fill(day(0));
	await page.getByLabel('Last day').fill(day(7));
	await page.getByRole('button', { name: 'Open round 2' }).click();
	await expect(page.getByText('Round opened. Send the panel their links.')).toBeVisible();

	// Round 2 asks only the statement without consensus, with the group's result and one's own rating.
	const second = await browser.newContext();
	const feedback = await second.newPage();
	await feedback.goto(links[1]);
	await expect(feedback.getByRole('radiogroup')).toHaveCount(1);
	await expect(feedback.getByText(statements[1])).toBeVisible();
	const distribution = feedback.getByRole('table', { name: 'How the panel rated it in round 1' });
	await expect(distribution).toBeVisible();
	await expect(feedback.getByRole('row', { name: /Whole panel/ })).toContainText('7');
	// Ministries gave two ratings: not shown, nor Academia, which the whole panel minus Ministries would be.
	await expect(distribution.getByRole('row')).toHaveCount(2);
	await expect(distribution).not.toContainText(/Ministries|Academia/);
	await expect(
		feedback.getByText('A stakeholder group with fewer than 3 ratings is not shown on its own', {
			exact: false
		})
	).toBeVisible();
	await expect(feedback.getByText('Your rating in the last round: 8.')).toBeVisible();
	await expect(feedback.locator('body')).not.toContainText('Eleni');
	await second.close();
	for (const [index, rating] of round2.entries()) {
		const { context } = await answer(browser, links[index], [rating], { arabic: index === 4 });
		await context.close();
	}
	await closeRound(page, studyUrl, 2);
	await expect(page.getByRole('row', { name: /^2 / })).toContainText('5 / 5 (100 %)');

	await page.getByRole('link', { name: 'Results', exact: true }).click();
	const table = page.getByRole('table', { name: /Per statement and round/ });
	await expect(table.getByRole('rowheader', { name: /Trainers are certified/ })).toContainText(
		'Consensus in'
	);
	await expect(table.getByRole('rowheader', { name: /Evaluation is optional/ })).toContainText(
		'Consensus out'
	);
	await expect(table.getByRole('rowheader', { name: /Sessions last one full day/ })).toContainText(
		'No consensus'
	);
	// Kendall's W of round 1 from the ratings above: 73/95 (worked in src/lib/delphi/concordance.test.ts);
	// round 2 asked one statement, which has no order to agree on.
	const agreement = page.getByRole('table', { name: /Agreement on the order of the statements/ });
	await expect(agreement.getByRole('row', { name: /^1 / })).toContainText(/5\s*3\s*0\.77\s*Strong\s*0\.021/);
	await expect(agreement.getByRole('row', { name: /^2 / })).toContainText(/1\s*—\s*—\s*—/);

	// The expert meeting settles the statement the rounds left open.
	const vote = page.locator('form.meeting-vote');
	await vote.getByLabel('Date of the vote').fill('2026-12-01');
	await vote.getByLabel('Votes for').fill('12');
	await vote.getByLabel('Votes against').fill('2');
	await vote.getByLabel('Abstentions').fill('1');
	await vote.getByLabel('Outcome of the vote').selectOption('in');
	await vote.getByRole('button', { name: 'Record the vote' }).click();
	await expect(page.getByText('Vote recorded.')).toBeVisible();
	await expect(
		page
			.getByRole('table', { name: /Per statement and round/ })
			.getByRole('rowheader', { name: /Sessions last one full day/ })
	).toContainText('decided at the expert meeting');
	await expectNoSeriousA11yViolations(page);

	const download = page.waitForEvent('download');
	await page.getByRole('link', { name: 'Results as CSV' }).click();
	expect((await download).suggestedFilename()).toBe(`${title}.csv`);

	await page.getByRole('link', { name: 'Report', exact: true }).first().click();
	await expect(
		page.getByText('Statements: 3; consensus in: 2; consensus out: 1; without consensus: 0.')
	).toBeVisible();
	await expect(page.getByText('Panellists: 5, by stakeholder group:')).toBeVisible();
});
