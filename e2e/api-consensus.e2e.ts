import { expect, test, type APIResponse } from '@playwright/test';
import { demo, signIn } from './sign-in.js';

type Localized = { en: string | null };

test('a coordinator reads the demo survey, Delphi results and framework through the API with a token', async ({
	page,
	request
}) => {
	await signIn(page, demo.coordinator);
	await page.goto('/account');
	await page.getByLabel('Token name').fill('consensus dashboard');
	await page.getByRole('button', { name: 'Create token' }).click();
	const token = (await page.getByTestId('new-api-token').textContent())!.trim();
	// The test's own request context, apart from the browser's: the token alone, no session cookie.
	const get = async (path: string): Promise<APIResponse> => {
		const response = await request.get(`/api/v1${path}`, { headers: { authorization: `Bearer ${token}` } });
		expect(response.headers()['content-type']).toContain('application/json');
		return response;
	};
	const json = async (path: string) => {
		const response = await get(path);
		expect(response.status(), path).toBe(200);
		return response.json();
	};

	// The demo survey, its summary and its results.
	const surveys = await json('/surveys?pageSize=100');
	const mapping = surveys.data.find(
		(row: { title: Localized }) => row.title.en === 'Mapping of migrant health training'
	);
	expect(mapping).toMatchObject({ status: 'open', languages: ['en', 'fr', 'ar'] });
	const survey = (await json(`/surveys/${mapping.id}`)).data;
	expect(survey.questionCount).toBeGreaterThan(0);
	const results = (await json(`/surveys/${mapping.id}/results`)).data;
	expect(results.responses.complete).toBe(mapping.responses.complete);
	expect(results.questions).toHaveLength(survey.questionCount);

	// The MIG-H Delphi study: nine of its ten panellists answered round 1 and rated its first
	// statement 7 8 9 8 7 9 8 6 9, so median 8, inclusive quartiles 7 and 9, 8 of 9 rated 7–9: in.
	const studies = await json('/delphi/studies?pageSize=100');
	const migh = studies.data.find((row: { title: Localized }) =>
		row.title.en?.startsWith('MIG-H Delphi study')
	);
	expect(migh).toMatchObject({ panellists: 10, statements: 11, roundsPlanned: 2, roundsOpened: 2 });
	const delphi = (await json(`/delphi/studies/${migh.id}/results`)).data;
	expect(delphi.study.roundsClosed).toEqual([1, 2]);
	expect(delphi.statements).toHaveLength(11);
	expect(delphi.statements[0].rounds[0]).toMatchObject({
		number: 1,
		nResponses: 9,
		nRated: 9,
		median: 8,
		q1: 7,
		q3: 9,
		iqr: 2,
		shares: { low: 0, mid: 1 / 9, high: 8 / 9 },
		outcome: 'in'
	});

	// The framework built from what the study accepted: three sections, five components, each traced.
	const frameworks = await json('/frameworks?pageSize=100');
	const framework = frameworks.data.find(
		(row: { title: Localized }) => row.title.en === 'MIG-H training framework'
	);
	expect(framework.latestVersion).toMatchObject({ number: 1 });
	const published = (await json(`/frameworks/${framework.id}/versions/1`)).data;
	expect(published.sections.map((section: { title: Localized }) => section.title.en)).toEqual([
		'Content',
		'Delivery',
		'Evaluation'
	]);
	const components = published.sections.flatMap((section: { components: unknown[] }) => section.components);
	expect(components).toHaveLength(5);
	for (const component of components) expect(component.statements.length).toBeGreaterThan(0);
	expect((await get(`/frameworks/${framework.id}/versions/2`)).status()).toBe(404);

	// The reference page documents the new operations under their own headings.
	await page.goto('/api/v1/docs');
	for (const heading of ['Surveys', 'Delphi studies', 'Consensus frameworks'])
		await expect(page.getByRole('heading', { level: 2, name: heading, exact: true })).toBeVisible();
	await expect(
		page.getByRole('heading', { level: 3 }).filter({ hasText: '/api/v1/delphi/studies/{id}/results' })
	).toBeVisible();

	await page.goto('/account');
	await page.getByRole('button', { name: 'Revoke the token “consensus dashboard”' }).click();
	await expect(page.getByRole('status')).toContainText('The token has been revoked');
	expect((await get('/delphi/studies')).status()).toBe(401);
});
