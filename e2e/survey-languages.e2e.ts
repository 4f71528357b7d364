import { expect, test } from '@playwright/test';
import { expectNoSeriousA11yViolations } from './axe.js';
import { demo, signIn } from './sign-in.js';

/** A title no other test uses, so tests that run at once on one database do not see each other's. */
const uniqueTitle = (what: string) => `${what} ${Date.now().toString(36)}${Math.floor(Math.random() * 1e4)}`;

test('a survey in Tigrinya and English is answered in Tigrinya on a phone, without JavaScript', async ({
	page,
	browser
}) => {
	test.slow();
	const title = uniqueTitle('Families');
	await signIn(page, demo.coordinator);
	await page.goto('/surveys/new');
	await page.getByLabel('Programme').selectOption({ index: 1 });
	await page.getByRole('group', { name: 'Title' }).getByLabel('In English').fill(title);
	// The catalogue's languages are named in the reader's language and in themselves.
	await page.getByRole('checkbox', { name: /Tigrinya ትግርኛ/ }).check();
	await page.getByRole('button', { name: 'Create the survey' }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);

	const settings = page.locator('form[action="?/settings"]');
	await settings.getByRole('group', { name: 'Title' }).getByLabel('In ትግርኛ').fill(`ስድራቤታት ${title}`);
	await settings.getByRole('button', { name: 'Save' }).click();
	await expect(page.getByText('Saved.')).toBeVisible();

	const addSection = page.locator('form[action="?/addSection"]');
	await addSection.getByLabel('Name', { exact: true }).fill('main');
	await addSection.getByRole('group', { name: 'Section title' }).getByLabel('In English').fill('Your family');
	await addSection.getByRole('group', { name: 'Section title' }).getByLabel('In ትግርኛ').fill('ስድራኹም');
	await addSection.getByRole('button', { name: 'Add a section' }).click();
	await expect(page.getByRole('heading', { level: 3, name: 'Your family' })).toBeVisible();

	await page.getByRole('link', { name: 'Add a question' }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('New question');
	await page.getByLabel('Name', { exact: true }).fill('children');
	await page.getByLabel('Type of answer').selectOption({ label: 'Number' });
	const label = page.getByRole('group', { name: 'Question', exact: true });
	await label.getByLabel('In English').fill('How many children?');
	await label.getByLabel('In ትግርኛ').fill('ክንደይ ቆልዑ ኣለዉኹም?');
	await expect(label.getByLabel('In ትግርኛ')).toHaveAttribute('lang', 'ti');
	// Help written only in English: the Tigrinya page shows it, marked as English.
	await page.getByRole('group', { name: 'Help text' }).getByLabel('In English').fill('Under 18');
	await page.getByLabel('An answer is required').check();
	await page.getByRole('button', { name: 'Add a question' }).click();
	await expect(page.getByRole('heading', { level: 2, name: 'Questions' })).toBeVisible();

	await page.getByRole('link', { name: 'Distribution' }).click();
	await page.getByRole('button', { name: 'Open now' }).click();
	await page.getByRole('button', { name: 'Turn the public link on' }).click();
	const link = await page.getByRole('textbox', { name: 'Public link' }).inputValue();

	const phone = await browser.newContext({
		viewport: { width: 390, height: 844 },
		isMobile: true,
		hasTouch: true,
		javaScriptEnabled: false
	});
	const respondent = await phone.newPage();
	await respondent.goto(link);
	await respondent.getByRole('link', { name: 'ትግርኛ' }).click();
	// The content is in Tigrinya, marked as such; the page's own words in English, the nearest.
	const content = respondent.locator('.questionnaire');
	await expect(content).toHaveAttribute('lang', 'ti');
	await expect(content).toHaveAttribute('dir', 'ltr');
	await expect(respondent.getByRole('heading', { level: 1 })).toHaveText(`ስድራቤታት ${title}`);
	await expect(respondent.getByRole('group', { name: 'ስድራኹም' })).toBeVisible();
	await expect(respondent.getByText('Under 18')).toHaveAttribute('lang', 'en');
	const submit = respondent.getByRole('button', { name: 'Submit' });
	await expect(submit).toHaveAttribute('lang', 'en');
	expect(await respondent.locator('script').count()).toBe(0);

	await submit.click();
	await expect(respondent.getByText('Please answer this question.')).toBeVisible();
	await respondent.getByLabel('ክንደይ ቆልዑ ኣለዉኹም?').fill('3');
	await respondent.getByRole('button', { name: 'Submit' }).click();
	await expect(respondent.getByRole('heading', { level: 1 })).toHaveText('Thank you');
	await expect(respondent.getByText(`ስድራቤታት ${title}`)).toHaveAttribute('lang', 'ti');
	await phone.close();

	// The same page, checked for accessibility where axe can run (it needs script).
	await page.goto(`${link}?lang=ti`);
	await expect(page.locator('.questionnaire')).toHaveAttribute('lang', 'ti');
	await expectNoSeriousA11yViolations(page);

	await page.goto('/surveys');
	await expect(page.getByRole('row', { name: new RegExp(title) })).toContainText('1 complete, 0 in progress');
});

test('a respondent reading Ukrainian gets the page’s own words in Ukrainian, without JavaScript', async ({
	page,
	browser
}) => {
	test.slow();
	const title = uniqueTitle('Housing');
	await signIn(page, demo.coordinator);
	await page.goto('/surveys/new');
	await page.getByLabel('Programme').selectOption({ index: 1 });
	await page.getByRole('group', { name: 'Title' }).getByLabel('In English').fill(title);
	await page.getByRole('checkbox', { name: /Ukrainian Українська/ }).check();
	await page.getByRole('button', { name: 'Create the survey' }).click();
	const settings = page.locator('form[action="?/settings"]');
	await settings.getByRole('group', { name: 'Title' }).getByLabel('In Українська').fill(`Житло ${title}`);
	await settings.getByRole('button', { name: 'Save' }).click();
	await expect(page.getByText('Saved.')).toBeVisible();
	const addSection = page.locator('form[action="?/addSection"]');
	await addSection.getByLabel('Name', { exact: true }).fill('main');
	await addSection.getByRole('button', { name: 'Add a section' }).click();
	await expect(page.getByRole('region', { name: 'Section “main”' })).toBeVisible();
	await page.getByRole('link', { name: 'Add a question' }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('New question');
	await page.getByLabel('Name', { exact: true }).fill('city');
	const label = page.getByRole('group', { name: 'Question', exact: true });
	await label.getByLabel('In English').fill('Which city do you live in?');
	await label.getByLabel('In Українська').fill('У якому місті ви живете?');
	await page.getByLabel('An answer is required').check();
	await page.getByRole('button', { name: 'Add a question' }).click();
	await expect(page.getByRole('heading', { level: 2, name: 'Questions' })).toBeVisible();
	await page.getByRole('link', { name: 'Distribution' }).click();
	await page.getByRole('button', { name: 'Open now' }).click();
	await page.getByRole('button', { name: 'Turn the public link on' }).click();
	const link = await page.getByRole('textbox', { name: 'Public link' }).inputValue();

	const context = await browser.newContext({ javaScriptEnabled: false });
	const respondent = await context.newPage();
	await respondent.goto(`${link}?lang=uk`);
	// MHub has Ukrainian words: the buttons and messages are in Ukrainian, like the questions.
	await expect(respondent.locator('.questionnaire')).toHaveAttribute('lang', 'uk');
	const submit = respondent.getByRole('button', { name: 'Надіслати' });
	await expect(submit).not.toHaveAttribute('lang');
	await expect(respondent.getByRole('button', { name: 'Зберегти й продовжити пізніше' })).toBeVisible();
	expect(await respondent.locator('script').count()).toBe(0);
	await submit.click();
	await expect(respondent.getByText('Будь ласка, дайте відповідь на це запитання.')).toBeVisible();
	await respondent.getByLabel('У якому місті ви живете?').fill('Львів');
	await respondent.getByRole('button', { name: 'Надіслати' }).click();
	await expect(respondent.getByRole('heading', { level: 1 })).toHaveText('Дякуємо');
	await expect(respondent.getByRole('heading', { level: 1 }).locator('..')).toHaveAttribute('lang', 'uk');
	await context.close();

	await page.goto(`${link}?lang=uk`);
	await expect(page.getByRole('button', { name: 'Надіслати' })).toBeVisible();
	await expectNoSeriousA11yViolations(page);
});
