import { readFile } from 'node:fs/promises';
import { expect, test } from '@playwright/test';
import ExcelJS from 'exceljs';
import { pdfText } from '../src/lib/server/testing/pdf-text.js';
import vectors from '../src/lib/statistics/evaluation-vectors.json' with { type: 'json' };
import { appDatabase } from './app-database.js';
import { expectNoSeriousA11yViolations } from './axe.js';
import { demo, signIn } from './sign-in.js';

const { pre, post } = vectors.A_pre_post;
const items = Array.from({ length: 20 }, (_, index) => ({
	name: `q${String(index + 1).padStart(2, '0')}`,
	type: 'yes_no',
	label: { en: `Statement ${index + 1}` },
	required: false,
	marks: 1,
	correct: 'yes',
	module: index < 10 ? 'M1' : 'M2'
}));
const definition = { sections: [{ name: 'quiz', title: { en: 'Quiz' }, questions: items }] };

/**
 * A pilot in Greece of the demo coordinator's programme whose twelve participants took a 20-mark
 * pre-test and post-test (the reference vector's scores, the first items right); its id.
 */
async function evaluatedPilot(): Promise<string> {
	const client = await appDatabase();
	try {
		const one = async (text: string, values: unknown[]) =>
			(await client.query<{ id: string }>(text, values)).rows[0].id;
		const programme = `(select id from programme order by created_at limit 1)`;
		const surveyId = await one(
			`insert into survey (programme_id, title, definition, opens_at)
			values (${programme}, '{"en": "E2E results test"}', $1, now() - interval '30 days') returning id`,
			[JSON.stringify(definition)]
		);
		const eventId = await one(
			`insert into event (programme_id, kind, title, starts_on, ends_on, country_code, language)
			values (${programme}, 'pilot_training', '{"en": "E2E evaluated pilot"}', '2025-03-03', '2025-03-04', 'GR', 'en')
			returning id`,
			[]
		);
		const versionId = await one(
			`insert into instrument_version (survey_id, number, definition, digest)
			values ($1, 1, $2::jsonb, md5($2::jsonb::text)) returning id`,
			[surveyId, JSON.stringify(definition)]
		);
		for (const [phase, scores] of [
			['pre', pre],
			['post', post]
		] as const) {
			const phaseId = await one(
				`insert into evaluation_phase (event_id, phase, survey_id, opens_at, closes_at, pass_mark_percent)
				values ($1, $2, $3, '2025-03-01', '2025-03-20', $4) returning id`,
				[eventId, phase, surveyId, phase === 'post' ? 70 : null]
			);
			for (const [index, score] of scores.entries()) {
				const registrationId =
					phase === 'pre'
						? await one(
								`insert into registration (event_id, full_name, email, country_code, profession, category, status)
								values ($1, $2, $3, 'GR', 'nurse', 'social_worker', 'confirmed') returning id`,
								[eventId, `Trainee ${index + 1}`, `trainee${index + 1}@example.org`]
							)
						: await one(`select id from registration where event_id = $1 and email = $2`, [
								eventId,
								`trainee${index + 1}@example.org`
							]);
				const submissionId = await one(
					`insert into evaluation_submission (phase_id, event_id, registration_id, version_id, score, max_score,
						passed, country_code, profession, source, submitted_at)
					values ($1, $2, $3, $4, $5, 20, $6, 'GR', 'nurse', 'entry', $7) returning id`,
					[
						phaseId,
						eventId,
						registrationId,
						versionId,
						score,
						phase === 'post' ? score >= 14 : null,
						phase === 'pre' ? '2025-03-03T08:00:00Z' : '2025-03-04T16:00:00Z'
					]
				);
				await client.query(
					`insert into evaluation_item (submission_id, item, module, marks, earned)
					select $1, item ->> 'name', item ->> 'module', 1, case when ordinality <= $2 then 1 else 0 end
					from jsonb_array_elements($3::jsonb) with ordinality as items(item, ordinality)`,
					[submissionId, score, JSON.stringify(items)]
				);
			}
		}
		return eventId;
	} finally {
		await client.end();
	}
}

test('a coordinator reads an event’s evaluation results and downloads them as XLSX', async ({ page }) => {
	test.slow();
	const eventId = await evaluatedPilot();
	await signIn(page, demo.coordinator);
	await page.goto(`/events/${eventId}`);
	await page
		.getByRole('navigation', { name: 'Sections of the event' })
		.getByRole('link', { name: 'Evaluation' })
		.click();
	await page.getByRole('link', { name: 'Evaluation results' }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Evaluation results');
	await expect(page.getByText('12 people took both tests; 0 took the pre-test only')).toBeVisible();
	const tests = page.getByRole('table', { name: 'Gain: normalised gains, tests and effect size' });
	await expect(tests.getByRole('row', { name: /Paired t-test/ })).toContainText('t(11) = 4.36, p = 0.0011');
	await expect(tests.getByRole('row', { name: /Cohen’s dz/ })).toContainText('1.26');
	await expect(tests.getByRole('row', { name: /of the means/ })).toContainText('0.36');
	// Pass mark 70 %: 8 of 12 pass at the first attempt
	await expect(
		page.getByRole('table', { name: /Passing the post-test/ }).getByRole('row', { name: /first attempt/ })
	).toContainText('8');
	await expect(page.getByRole('heading', { name: 'Item analysis' })).toBeVisible();
	await expectNoSeriousA11yViolations(page);

	const [download] = await Promise.all([
		page.waitForEvent('download'),
		page.getByRole('link', { name: 'Download XLSX' }).click()
	]);
	expect(download.suggestedFilename()).toMatch(/\.xlsx$/);
	const workbook = new ExcelJS.Workbook();
	await workbook.xlsx.load((await readFile(await download.path())) as never);
	expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual(['Results', 'Codebook']);
	const results = workbook.getWorksheet('Results')!;
	expect(results.rowCount).toBe(13);
	const headers = results.getRow(1).values as unknown[];
	const column = (name: string) => headers.indexOf(name);
	const scores = Array.from(
		{ length: 12 },
		(_, index) => results.getRow(index + 2).getCell(column('pre_score')).value
	);
	expect((scores as number[]).sort((a, b) => a - b)).toEqual([...pre].sort((a, b) => a - b));
	expect(results.getRow(2).getCell(column('pre_date')).value).toBe('2025-03-03');
});

test('a coordinator downloads the event’s evaluation report as a PDF, in English and in Arabic', async ({
	page
}) => {
	test.slow();
	const eventId = await evaluatedPilot();
	await signIn(page, demo.coordinator);
	await page.goto(`/events/${eventId}/evaluation/results`);
	const [download] = await Promise.all([
		page.waitForEvent('download'),
		page.getByRole('link', { name: 'Download the report (PDF)' }).click()
	]);
	expect(download.suggestedFilename()).toBe('E2E evaluated pilot evaluation report.pdf');
	const english = await readFile(await download.path());
	expect(english.subarray(0, 5).toString('latin1')).toBe('%PDF-');
	const text = await pdfText(english);
	expect(text).toContain('E2E evaluated pilot');
	expect(text).toContain('t(11) = 4.36, p = 0.0011');

	const arabicLink = page.getByRole('link', { name: 'العربية' });
	await expect(arabicLink).toHaveAttribute('hreflang', 'ar');
	const arabic = await page.request.get((await arabicLink.getAttribute('href'))!);
	expect(arabic.headers()['content-type']).toBe('application/pdf');
	expect(arabic.headers()['content-disposition']).toMatch(/^attachment;/);
	// The English title inside the Arabic report reads back whole.
	expect(await pdfText(await arabic.body())).toContain('E2E evaluated pilot');

	const unknown = await page.request.get(`/events/${eventId}/evaluation/results/report.pdf?lang=de`);
	expect(unknown.status()).toBe(400);
});
