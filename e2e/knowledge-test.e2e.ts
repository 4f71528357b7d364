import { randomBytes } from 'node:crypto';
import { expect, test } from '@playwright/test';
import { appDatabase } from './app-database.js';
import { expectNoSeriousA11yViolations } from './axe.js';
import { demo, signIn } from './sign-in.js';

/** An open survey of a demo programme with an empty section `quiz` and a public link. */
async function emptyTest(token: string): Promise<string> {
	const client = await appDatabase();
	try {
		const { rows } = await client.query<{ id: string }>(
			`insert into survey (programme_id, title, definition, opens_at, public_token)
			values ((select id from programme order by created_at limit 1), '{"en": "E2E knowledge test"}', $1,
				now() - interval '1 day', $2)
			returning id`,
			[JSON.stringify({ sections: [{ name: 'quiz', title: { en: 'Quiz' }, questions: [] }] }), token]
		);
		return rows[0].id;
	} finally {
		await client.end();
	}
}

/** Four complete responses already in: three right, one wrong. */
async function fourResponses(surveyId: string) {
	const client = await appDatabase();
	try {
		await client.query(
			`insert into survey_response (survey_id, status, answers, language, submitted_at)
			select $1, 'complete', jsonb_build_object('first_step', answer), 'en', now()
			from unnest(array['wash', 'wash', 'wash', 'wait']) as answer`,
			[surveyId]
		);
	} finally {
		await client.end();
	}
}

test('a coordinator marks a question, a respondent answers without JavaScript, results show the scores', async ({
	page,
	browser
}) => {
	test.slow();
	const token = randomBytes(32).toString('base64url'); // a link's token: 43 characters
	const surveyId = await emptyTest(token);
	await signIn(page, demo.coordinator);

	await page.goto(`/surveys/${surveyId}/questions/new?section=quiz`);
	await page.getByLabel('Name', { exact: true }).fill('first_step');
	await page.getByLabel('Type of answer').selectOption({ label: 'One choice' });
	await page
		.getByRole('group', { name: 'Question', exact: true })
		.getByLabel('In English')
		.fill('First step?');
	for (const [n, value, label] of [
		[1, 'wash', 'Wash hands'],
		[2, 'wait', 'Wait']
	] as const) {
		const choice = page.getByRole('group', { name: `Choice ${n}`, exact: true });
		await choice.getByLabel('Value').fill(value);
		await choice.getByLabel('Label in English').fill(label);
	}
	await page.getByText('Knowledge test: marks and right answer', { exact: true }).first().click();
	await page.getByLabel('Marks').fill('2');
	// A wrong right answer is refused, naming the field.
	await page.getByLabel(/^Or type the right answer/).fill('run');
	await page.getByRole('button', { name: 'Add a question' }).click();
	await expect(page.getByText('The right answer must be one of the question’s choices.')).toBeVisible();
	await expectNoSeriousA11yViolations(page);
	// The choices typed are now offered to tick.
	await page.getByLabel(/^Or type the right answer/).fill('');
	await page.getByRole('checkbox', { name: 'Wash hands (wash)' }).check();
	await page.getByLabel('Module tested (optional)').fill('Hygiene');
	await page.getByRole('button', { name: 'Add a question' }).click();
	await expect(page.getByRole('heading', { level: 2, name: 'Questions' })).toBeVisible();

	await fourResponses(surveyId);
	const context = await browser.newContext({ javaScriptEnabled: false });
	const respondent = await context.newPage();
	await respondent.goto(`/s/${token}`);
	await respondent.getByLabel('Wash hands').check();
	await respondent.getByRole('button', { name: 'Submit' }).click();
	await expect(respondent.getByRole('heading', { level: 1 })).toHaveText('Thank you');
	await context.close();

	await page.goto(`/surveys/${surveyId}/results`);
	const scores = page.getByRole('region', { name: 'Test scores' });
	await expect(scores.getByText('as a percentage of the 2 marks of the test')).toBeVisible();
	// Four of five right: 100, 100, 100, 0, 100 %.
	await expect(scores.getByRole('row', { name: '5 80% 44.7% 100% 0% 100%' })).toBeVisible();
	await expectNoSeriousA11yViolations(page);
});
