import { expect, test, type Page } from '@playwright/test';
import { appDatabase } from './app-database.js';
import { expectNoSeriousA11yViolations } from './axe.js';
import { demo, signIn } from './sign-in.js';

/** A knowledge test of 3 marks in English and Arabic. */
const definition = {
	sections: [
		{
			name: 'quiz',
			title: { en: 'Quiz', ar: 'اختبار' },
			questions: [
				{
					name: 'first',
					type: 'single_choice',
					label: { en: 'First step?', ar: 'ما الخطوة الأولى؟' },
					required: true,
					choices: [
						{ value: 'wash', label: { en: 'Wash hands', ar: 'غسل اليدين' } },
						{ value: 'run', label: { en: 'Run', ar: 'الركض' } }
					],
					allowOther: false,
					rows: [],
					showIf: [],
					marks: 2,
					correct: 'wash',
					module: 'M1'
				},
				{
					name: 'consent',
					type: 'yes_no',
					label: { en: 'Is consent needed?', ar: 'هل الموافقة ضرورية؟' },
					required: true,
					choices: [],
					allowOther: false,
					rows: [],
					showIf: [],
					marks: 1,
					correct: 'yes',
					module: 'M2'
				}
			]
		}
	]
};

/** A pilot in the demo coordinator's programme requiring a passed post-test, one session, one participant reading Arabic. */
async function pilotWithTest(): Promise<{
	eventId: string;
	surveyId: string;
	registrationId: string;
	sessionId: string;
}> {
	const client = await appDatabase();
	try {
		const programme = `(select id from programme order by created_at limit 1)`;
		const survey = await client.query<{ id: string }>(
			`insert into survey (programme_id, title, definition, languages)
			values (${programme}, '{"en": "E2E pilot knowledge test", "ar": "اختبار المعارف"}', $1, '{en,ar}') returning id`,
			[JSON.stringify(definition)]
		);
		const event = await client.query<{ id: string }>(
			`insert into event (programme_id, kind, title, languages, starts_on, ends_on, country_code, language, requires_post_test, is_published)
			values (${programme}, 'pilot_training', '{"en": "E2E evaluated pilot", "ar": "تدريب تجريبي مُقيَّم"}', '{en,ar}',
				current_date, current_date, 'GR', 'ar', true, false) returning id`
		);
		const eventId = event.rows[0].id;
		const session = await client.query<{ id: string }>(
			`insert into agenda_item (event_id, starts_at, ends_at, title, is_session)
			values ($1, now() + interval '2 hours', now() + interval '4 hours', '{"en": "Session"}', true) returning id`,
			[eventId]
		);
		const registration = await client.query<{ id: string }>(
			`insert into registration (event_id, full_name, email, country_code, profession, category, locale, status)
			values ($1, 'سلمى العلوي', 'salma.e2e@example.org', 'GR', 'nurse', 'social_worker', 'ar', 'confirmed') returning id`,
			[eventId]
		);
		return {
			eventId,
			surveyId: survey.rows[0].id,
			registrationId: registration.rows[0].id,
			sessionId: session.rows[0].id
		};
	} finally {
		await client.end();
	}
}

/** "YYYY-MM-DDTHH:mm" in UTC (the event's clock), `hours` from now. */
const wallClock = (hours: number) => new Date(Date.now() + hours * 3_600_000).toISOString().slice(0, 16);

async function addPhase(page: Page, phase: string, passMark?: string) {
	const form = page.getByRole('form', { name: 'Add or change a phase' });
	await form.getByLabel('Phase', { exact: true }).selectOption({ label: phase });
	await form.getByLabel('Test or questionnaire').selectOption({ label: 'E2E pilot knowledge test (test)' });
	await form.getByLabel('Opens (event time)').fill(wallClock(-1));
	await form.getByLabel('Closes (event time)').fill(wallClock(48));
	if (passMark) await form.getByLabel(/Pass mark/).fill(passMark);
	await form.getByRole('button', { name: 'Save the phase' }).click();
	await expect(page.getByRole('status')).toHaveText('The phase was saved.');
}

/** The trainee answers one phase on their phone, in Arabic, without JavaScript. */
async function answer(phone: Page, link: string, action: string, first: string, consent: string) {
	await phone.goto(link);
	await phone.getByRole('link', { name: action }).first().click();
	await phone.getByLabel(first).check();
	await phone
		.getByRole('radiogroup', { name: /هل الموافقة ضرورية/ })
		.getByLabel(consent)
		.check();
	await phone.getByRole('button', { name: 'إرسال' }).click();
	await expect(phone.getByRole('status')).toHaveText('وصلت إجاباتك.');
}

test('a trainee takes the pre-test on a phone in Arabic, attends, fails then passes the post-test, and gets the certificate', async ({
	page,
	browser
}) => {
	test.slow();
	const seeded = await pilotWithTest();
	await signIn(page, demo.coordinator);
	await page.goto(`/events/${seeded.eventId}/evaluation`);
	await expect(page.getByRole('heading', { name: 'Evaluation plan' })).toBeVisible();
	await addPhase(page, 'Pre-test');
	await addPhase(page, 'Post-test', '70');
	await expect(page.getByRole('table', { name: 'Phases of the plan' }).getByRole('row')).toHaveCount(3);
	await expectNoSeriousA11yViolations(page);
	const link = await page.getByRole('table', { name: 'Personal links' }).getByRole('link').textContent();
	expect(link).toMatch(/\/t\/[A-Za-z0-9_-]{43}$/);
	// axe runs script in the page: the trainee's pages are checked here, where the coordinator reads
	// them in the language they chose on this site.
	await page.goto(link!);
	await expectNoSeriousA11yViolations(page);
	await page.getByRole('link', { name: 'Answer' }).first().click();
	await expectNoSeriousA11yViolations(page);

	const phone = await browser.newContext({
		viewport: { width: 360, height: 740 },
		isMobile: true,
		hasTouch: true,
		javaScriptEnabled: false,
		locale: 'ar'
	});
	const trainee = await phone.newPage();
	await trainee.goto(link!);
	await expect(trainee.getByRole('heading', { level: 1 })).toHaveText('الاختبارات والاستبيانات');
	await expect(trainee.locator('main [dir="rtl"]').first()).toBeVisible();

	// Pre-test: one of two answers right (2 of 3 marks).
	await answer(trainee, link!, 'أجب', 'غسل اليدين', 'لا');
	const pre = trainee.getByRole('listitem').filter({ hasText: 'الاختبار القبلي' });
	await expect(pre).toContainText('الدرجة: 2 من 3');

	// The session happens; the trainee attends.
	const client = await appDatabase();
	try {
		await client.query(`insert into attendance (agenda_item_id, registration_id) values ($1, $2)`, [
			seeded.sessionId,
			seeded.registrationId
		]);
	} finally {
		await client.end();
	}

	// Post-test: failed first (0 of 3), then passed (3 of 3).
	await answer(trainee, link!, 'أجب', 'الركض', 'لا');
	const post = trainee.getByRole('listitem').filter({ hasText: 'الاختبار البعدي' });
	await expect(post).toContainText('غير ناجح.');
	await answer(trainee, link!, 'أعد الاختبار', 'غسل اليدين', 'نعم');
	await expect(post).toContainText('الدرجة: 3 من 3');
	await expect(post).toContainText('ناجح.');
	await expect(post.getByRole('link')).toHaveCount(0);
	await phone.close();

	await page.goto(`/events/${seeded.eventId}/certificates`);
	await expect(page.getByRole('row', { name: /سلمى العلوي/ })).toContainText('Completes');
	await page.getByRole('button', { name: 'Issue certificates to all who complete' }).click();
	await expect(page.getByRole('status')).toContainText('1');
	await expect(
		page
			.getByRole('row', { name: /سلمى العلوي/ })
			.getByRole('link')
			.first()
	).toHaveText(/^[A-Z0-9-]+$/);
});

test('a bad plan is refused with its reason beside the field', async ({ page }) => {
	const seeded = await pilotWithTest();
	await signIn(page, demo.coordinator);
	await page.goto(`/events/${seeded.eventId}/evaluation`);
	const form = page.getByRole('form', { name: 'Add or change a phase' });
	await form.getByLabel('Phase', { exact: true }).selectOption({ label: 'Follow-up' });
	await form.getByRole('button', { name: 'Save the phase' }).click();
	await expect(form.getByLabel('Days after the event (follow-ups)')).toHaveAttribute('aria-invalid', 'true');
	await expect(page.getByRole('table', { name: 'Phases of the plan' })).toHaveCount(0);
});
