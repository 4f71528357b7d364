import { expect, test } from '@playwright/test';
import vectors from '../src/lib/statistics/evaluation-vectors.json' with { type: 'json' };
import { appDatabase } from './app-database.js';
import { expectNoSeriousA11yViolations } from './axe.js';
import { chooseLanguage } from './language.js';
import { demo, signIn } from './sign-in.js';

const definition = {
	sections: [
		{
			name: 'training',
			questions: [
				{
					name: 'overall',
					type: 'rating',
					label: { en: 'Overall satisfaction', fr: 'Satisfaction générale' },
					scale: { min: 1, max: 5 },
					required: false,
					choices: [],
					allowOther: false,
					rows: [],
					showIf: []
				}
			]
		}
	]
};

/** A survey whose rating is answered as in vector D: 4 answers from Malta, then 11 from Greece. */
async function surveyWithRatings(): Promise<string> {
	const client = await appDatabase();
	try {
		const { rows } = await client.query<{ id: string }>(
			`insert into survey (programme_id, title, definition, opens_at)
			values ((select id from programme order by created_at limit 1), '{"en": "E2E satisfaction survey"}', $1,
				now() - interval '1 month')
			returning id`,
			[JSON.stringify(definition)]
		);
		const surveyId = rows[0].id;
		const ratings = vectors.D_satisfaction.likert_1_to_5;
		await client.query(
			`insert into survey_response (survey_id, status, answers, language, country_code, submitted_at)
			select $1, 'complete', jsonb_build_object('overall', rating), 'en',
				case when n <= 4 then 'MT' else 'GR' end, now() - make_interval(hours => n::int)
			from unnest($2::int[]) with ordinality as given(rating, n)`,
			[surveyId, ratings]
		);
		return surveyId;
	} finally {
		await client.end();
	}
}

test('a coordinator reads the satisfaction figures of a rating question, small cells hidden', async ({
	page
}) => {
	test.slow(); // three pages, one checked by axe
	const surveyId = await surveyWithRatings();
	await signIn(page, demo.coordinator);
	await page.goto(`/surveys/${surveyId}/results`);

	const overall = page.getByRole('region', { name: 'Overall satisfaction' });
	const figures = overall.getByRole('table', { name: 'Satisfaction figures' });
	await expect(figures.getByRole('row').nth(1).getByRole('cell')).toHaveText(['15', '3.87', '4', '73.3%']);
	await expect(
		overall.getByText(/top-two-box: share of answers in the two highest points \(4 and 5\)/)
	).toBeVisible();
	await expectNoSeriousA11yViolations(page);

	// Malta's 4 answers: the figures are not shown, and the page says why.
	await page.goto(`/surveys/${surveyId}/results?country=MT`);
	await expect(figures.getByRole('row').nth(1).getByRole('cell')).toHaveText([
		'4',
		'—not shown',
		'—not shown',
		'—not shown'
	]);
	await expect(overall.getByText(/Fewer than 5 answers: the figures are not shown/)).toBeVisible();

	// In French, numbers read as the French write them.
	await page.goto(`/surveys/${surveyId}/results`);
	await chooseLanguage(page, 'fr');
	const generale = page.getByRole('region', { name: 'Satisfaction générale' });
	await expect(
		generale
			.getByRole('table', { name: 'Indicateurs de satisfaction' })
			.getByRole('row')
			.nth(1)
			.getByRole('cell')
	).toHaveText(['15', '3,87', '4', /^73,3\s%$/]);
});
