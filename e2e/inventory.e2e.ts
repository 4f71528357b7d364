import { expect, test } from '@playwright/test';
import { appDatabase } from './app-database.js';
import { expectNoSeriousA11yViolations } from './axe.js';
import { demo, signIn } from './sign-in.js';

const reviewer = 'reviewer@mhub.demo';

const question = (name: string, type: string, label: string) => ({
	name,
	type,
	label: { en: label },
	required: false,
	choices: [],
	allowOther: false,
	rows: [],
	showIf: []
});

/**
 * A mapping survey of the MIG-H programme with one complete response, written straight into the
 * database (building and answering surveys is other journeys' business).
 */
async function surveyWithResponse(label: string) {
	const client = await appDatabase();
	try {
		const {
			rows: [{ id: programmeId }]
		} = await client.query(`select id from programme where acronym = 'MIG-H'`);
		const definition = {
			sections: [
				{
					name: 'packages',
					questions: [
						question('package_title', 'short_text', 'Title of the training package'),
						question('provider', 'short_text', 'Who provides it?'),
						question('url', 'short_text', 'Where can it be found?'),
						question('languages', 'short_text', 'In which languages?'),
						question('duration', 'short_text', 'How long does it last?'),
						question('full_name', 'short_text', 'Your name'),
						question('email', 'email', 'Your email'),
						question('consent', 'yes_no', 'May we contact you?')
					]
				}
			]
		};
		const {
			rows: [{ id: surveyId }]
		} = await client.query(
			`insert into survey (programme_id, title, definition) values ($1, $2, $3) returning id`,
			[programmeId, { en: `Mapping ${label}` }, definition]
		);
		const answers = {
			package_title: `Cultural mediation in primary care ${label}`,
			provider: 'Hellenic Mediators Network',
			url: `https://example.org/mediation-${label}`,
			languages: 'Greek, English',
			duration: '12 hours',
			full_name: `Dimitra Nikolaou ${label}`,
			email: `dimitra-${label}@example.org`,
			consent: 'yes'
		};
		await client.query(
			`insert into survey_response (survey_id, status, answers, submitted_at) values ($1, 'complete', $2, now())`,
			[surveyId, answers]
		);
		return { programmeId: programmeId as string, surveyId: surveyId as string, title: answers.package_title };
	} finally {
		await client.end();
	}
}

test('a coordinator turns a survey response into an inventoried package and an expert, and defines a criterion; a reviewer scores it; the coordinator sees the average', async ({
	page,
	browser
}) => {
	const label = `${Date.now()}`;
	const { programmeId, surveyId, title } = await surveyWithResponse(label);

	await signIn(page, demo.coordinator);
	await page.goto(`/surveys/${surveyId}/results`);
	await page.getByRole('link', { name: 'Responses one by one, to add to the inventory' }).click();
	await page.getByRole('link', { name: 'Open' }).click();
	await expect(page.getByRole('heading', { level: 1 })).toContainText('A response to');
	const toInventory = page.locator('form[action="?/package"]');
	// The form is filled from the questions picked by their names.
	await expect(toInventory.getByLabel('Title', { exact: true })).toHaveValue(title);
	await expect(toInventory.getByLabel('Link')).toHaveValue(`https://example.org/mediation-${label}`);
	await expect(toInventory.getByLabel('Duration (hours)')).toHaveValue('12');
	await expect(toInventory.getByRole('checkbox', { name: 'Greek' })).toBeChecked();
	await expectNoSeriousA11yViolations(page);
	await toInventory.getByRole('button', { name: 'Add to the inventory' }).click();
	await expect(page.getByRole('status')).toHaveText('The package was added.');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
	const packageUrl = page.url().replace(/\?.*$/, '');

	// The respondent agreed to be contacted: they join the directory as an expert.
	await page.goBack();
	const toExpert = page.locator('form[action="?/expert"]');
	await expect(toExpert.getByLabel('Email')).toHaveValue(`dimitra-${label}@example.org`);
	await toExpert.getByLabel('Profession').selectOption({ label: 'Cultural mediator' });
	await toExpert.getByRole('button', { name: 'Add as an expert' }).click();
	await expect(page.getByText('The expert was added to the directory.')).toBeVisible();

	await page.goto(`/inventory/criteria?programme=${programmeId}`);
	await page.getByRole('group', { name: 'Criterion' }).getByLabel('English').fill(`Relevanse ${label}`);
	await page.getByLabel('Highest score').fill('5');
	await page.getByRole('button', { name: 'Add the criterion' }).click();
	// The typo corrected and the French label added, in the correction form filled with the criterion.
	await page
		.getByRole('row', { name: new RegExp(`Relevanse ${label}`) })
		.getByRole('link', { name: /^Correct/ })
		.click();
	const correcting = page.locator('form[action*="?/edit"]');
	const labels = correcting.getByRole('group', { name: 'Criterion' });
	await expect(labels.getByLabel('English')).toHaveValue(`Relevanse ${label}`);
	await expect(correcting.getByLabel('Highest score')).toHaveValue('5');
	await labels.getByLabel('English').fill(`Relevance ${label}`);
	await labels.getByLabel('French').fill(`Pertinence ${label}`);
	await correcting.getByRole('button', { name: 'Save the criterion' }).click();
	await expect(page.getByRole('status')).toHaveText('Criterion saved.');
	await expect(page.getByRole('row', { name: new RegExp(`Relevance ${label}`) })).toContainText('5');

	const reviewing = await browser.newContext();
	const reviewerPage = await reviewing.newPage();
	await signIn(reviewerPage, reviewer);
	await reviewerPage.getByRole('link', { name: 'Inventory' }).click();
	await reviewerPage.getByRole('link', { name: title }).click();
	await expect(reviewerPage.getByRole('heading', { level: 1 })).toHaveText(title);
	const review = reviewerPage.locator('form[action="?/review"]');
	// Every criterion of the programme must be scored: 4 out of 5 on each.
	const scores = review.locator('input[type="number"]');
	for (let index = 0; index < (await scores.count()); index++) await scores.nth(index).fill('4');
	await review.getByLabel(`Relevance ${label} (0–5)`).fill('9');
	await review.getByRole('button', { name: 'Submit my review' }).click();
	await expect(reviewerPage.getByText('The score must be a whole number between 0')).toBeVisible();
	await review.getByLabel(`Relevance ${label} (0–5)`).fill('4');
	await review.getByLabel('Comment').fill('Useful for reception centres.');
	await review.getByRole('button', { name: 'Submit my review' }).click();
	await expect(reviewerPage.getByRole('status')).toHaveText('Your review was saved.');
	await reviewing.close();

	await page.goto(packageUrl);
	await expect(page.getByRole('row', { name: new RegExp(`Relevance ${label}`) })).toContainText(
		'4 out of 5 (1 review)'
	);
	await expect(page.getByText('Overall: 80 % of the maximum')).toBeVisible();
	await expect(page.getByText('Useful for reception centres.')).toBeVisible();
});
