import { expect, test, type Page } from '@playwright/test';
import { expectNoSeriousA11yViolations } from './axe.js';
import { demo, signIn } from './sign-in.js';

/** A title no other test uses, so tests that run at once on one database do not see each other's. */
const uniqueTitle = (what: string) => `${what} ${Date.now().toString(36)}${Math.floor(Math.random() * 1e4)}`;

/** Adds a question through the builder's question page (the caller fills the type's own parts). */
async function addQuestion(
	page: Page,
	question: { name: string; type: string; en: string; ar: string; required?: boolean },
	more: () => Promise<void> = async () => {}
) {
	await page.getByRole('link', { name: 'Add a question' }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('New question');
	await page.getByLabel('Name', { exact: true }).fill(question.name);
	await page.getByLabel('Type of answer').selectOption({ label: question.type });
	const label = page.getByRole('group', { name: 'Question', exact: true });
	await label.getByLabel('In English').fill(question.en);
	await label.getByLabel('In العربية').fill(question.ar);
	if (question.required) await page.getByLabel('An answer is required').check();
	await more();
	await page.getByRole('button', { name: 'Add a question' }).click();
	await expect(page.getByRole('heading', { level: 2, name: 'Questions' })).toBeVisible();
}

test('a coordinator builds and opens a survey; a respondent answers it in Arabic on a phone', async ({
	page,
	browser
}) => {
	test.slow();
	const title = uniqueTitle('Training needs');
	await signIn(page, demo.coordinator);
	await page.goto('/surveys');
	await page.getByRole('link', { name: 'New survey' }).click();
	await page.getByLabel('Programme').selectOption({ index: 1 });
	const titles = page.getByRole('group', { name: 'Title' });
	await titles.getByLabel('In English').fill(title);
	await titles.getByLabel('In العربية').fill(`احتياجات التدريب ${title}`);
	await page.getByRole('checkbox', { name: 'العربية' }).check();
	await page.getByRole('button', { name: 'Create the survey' }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);

	const addSection = page.locator('form[action="?/addSection"]');
	await addSection.getByLabel('Name', { exact: true }).fill('about');
	await addSection
		.getByRole('group', { name: 'Section title' })
		.getByLabel('In English')
		.fill('About your work');
	await addSection.getByRole('button', { name: 'Add a section' }).click();
	await expect(page.getByRole('heading', { level: 3, name: 'About your work' })).toBeVisible();

	await addQuestion(
		page,
		{ name: 'profession', type: 'One choice', en: 'Your profession', ar: 'مهنتك', required: true },
		async () => {
			const choices = page.getByRole('group', { name: 'Choices', exact: true });
			for (const [index, [value, en, ar]] of [
				['doctor', 'Doctor', 'طبيب'],
				['nurse', 'Nurse', 'ممرض']
			].entries()) {
				const row = choices.getByRole('group', { name: `Choice ${index + 1}` });
				await row.getByLabel('Value').fill(value);
				await row.getByLabel('Label in English').fill(en);
				await row.getByLabel('Label in العربية').fill(ar);
			}
		}
	);
	await addQuestion(page, { name: 'years', type: 'Number', en: 'Years in post', ar: 'سنوات العمل' });
	await addQuestion(
		page,
		{ name: 'ward', type: 'Short text', en: 'Which ward?', ar: 'أي جناح؟' },
		async () => {
			const condition = page.getByRole('group', { name: 'Condition 1' });
			await condition.getByLabel('Earlier question').selectOption('profession');
			await condition.getByLabel('Test').selectOption({ label: 'is' });
			await condition.getByLabel('Value').fill('nurse');
		}
	);
	await expect(page.getByText('Asked only if Your profession is nurse')).toBeVisible();

	await page.getByRole('link', { name: 'Distribution' }).click();
	// A closing time written in Athens is kept, and shown again in Athens.
	await page.getByLabel('Opens at').fill('2030-03-01T09:00');
	await page.getByLabel('Closes at').fill('2030-03-31T18:00');
	await page.getByLabel('Time zone').selectOption('Europe/Athens');
	await page.getByRole('button', { name: 'Save the dates' }).click();
	await expect(page.getByText('Saved.')).toBeVisible();
	await page.reload();
	await expect(page.getByLabel('Time zone')).toHaveValue('Europe/Athens');
	await expect(page.getByLabel('Closes at')).toHaveValue('2030-03-31T18:00');
	await page.getByRole('button', { name: 'Open now' }).click();
	await expect(page.getByText('Open', { exact: true })).toBeVisible();
	await page.getByRole('button', { name: 'Turn the public link on' }).click();
	const link = await page.getByRole('textbox', { name: 'Public link' }).inputValue();
	expect(link).toMatch(/\/s\/[A-Za-z0-9_-]{43}$/);

	// The respondent: no account, a phone, Arabic.
	const phone = await browser.newContext({
		viewport: { width: 390, height: 844 },
		isMobile: true,
		hasTouch: true
	});
	const respondent = await phone.newPage();
	// First load on a slow field connection: no script, at most 6 requests and 50 KiB.
	const loaded: Promise<number>[] = [];
	respondent.on('response', (response) =>
		loaded.push(
			response.body().then(
				(body) => body.length,
				() => 0
			)
		)
	);
	await respondent.goto(link, { waitUntil: 'load' });
	const bytes = (await Promise.all(loaded)).reduce((sum, size) => sum + size, 0);
	expect(loaded.length).toBeLessThanOrEqual(6);
	expect(bytes).toBeLessThanOrEqual(50 * 1024);
	expect(await respondent.locator('script').count()).toBe(0);
	respondent.removeAllListeners('response');
	await respondent.getByRole('link', { name: 'العربية' }).click();
	await expect(respondent.locator('html')).toHaveAttribute('dir', 'rtl');
	await expect(respondent.getByRole('heading', { level: 1 })).toHaveText(`احتياجات التدريب ${title}`);
	await expect(respondent.getByText('أجب فقط إذا كانت الإجابة عن «مهنتك» هي «ممرض».')).toBeVisible();
	await expectNoSeriousA11yViolations(respondent);
	const overflow = await respondent.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
	expect(overflow).toBeLessThanOrEqual(0);

	await respondent.getByLabel('سنوات العمل').fill('7');
	await respondent.getByRole('button', { name: 'إرسال' }).click();
	const profession = respondent.getByRole('radiogroup', { name: /مهنتك/ });
	await expect(profession.getByText('يرجى الإجابة عن هذا السؤال.')).toBeVisible();
	await expect(profession).toHaveAttribute('aria-invalid', 'true');
	await expect(respondent.getByLabel('سنوات العمل')).toHaveValue('7');
	await expectNoSeriousA11yViolations(respondent);

	await profession.getByLabel('ممرض').check();
	await respondent.getByLabel('أي جناح؟').fill('الطوارئ');
	await respondent.getByRole('button', { name: 'إرسال' }).click();
	await expect(respondent.getByRole('heading', { level: 1 })).toHaveText('شكرًا لك');
	await phone.close();

	await page.goto('/surveys');
	await expect(page.getByRole('row', { name: new RegExp(title) })).toContainText('1 complete, 0 in progress');
});
