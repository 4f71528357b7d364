import { expect, test, type Browser, type Page } from '@playwright/test';
import { expectNoSeriousA11yViolations } from './axe.js';
import { demo, signIn } from './sign-in.js';

// Each test first creates its event through the long events form: on a loaded two-core machine
// that alone can take half a test's usual time.
test.slow();

/** A title no other test uses, so tests that run at once on one database do not see each other's. */
const uniqueTitle = (what: string) => `${what} ${Date.now().toString(36)}${Math.floor(Math.random() * 1e4)}`;

/**
 * Creates a published regional school in Athens through the events form, as an organiser would, and
 * returns its public page's address.
 */
async function createPublishedEvent(
	page: Page,
	title: string,
	options: { greekPlaces?: number; requiresApproval?: boolean }
): Promise<string> {
	await page.goto('/events/new');
	await page.getByLabel('Kind of event').selectOption({ label: 'Regional school' });
	await page.getByRole('group', { name: 'Title' }).getByLabel('English').fill(title);
	await page.getByLabel('First day').fill('2031-09-22');
	await page.getByLabel('Last day').fill('2031-09-24');
	await page.getByLabel('Time zone').selectOption('Europe/Athens');
	await page.getByLabel('City', { exact: true }).fill('Athens');
	await page.getByLabel('Country', { exact: true }).selectOption({ label: 'Greece' });
	await page.getByLabel('Capacity', { exact: true }).fill('20');
	if (options.greekPlaces) {
		const countries = page.getByRole('group', { name: 'Places kept per country' });
		await countries.getByLabel('Country, row 1').selectOption({ label: 'Greece' });
		await countries.getByLabel('Places, row 1').fill(String(options.greekPlaces));
	}
	if (options.requiresApproval)
		await page.getByLabel("Each registration needs the organiser's approval").check();
	await page.getByLabel('Published: the public page and the registration form are open').check();
	await page.getByRole('button', { name: 'Create the event' }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
	const eventId = new URL(page.url()).pathname.split('/')[2];
	return `/e/${eventId}`;
}

/** A visitor with no account and no JavaScript: what the public registration must work for. */
async function visitorWithoutJavaScript(browser: Browser, locale = 'en-GB'): Promise<Page> {
	const context = await browser.newContext({ javaScriptEnabled: false, locale });
	return context.newPage();
}

/** Axe runs scripts in the page, so it checks the same public page in a context with JavaScript. */
async function checkAccessibility(browser: Browser, address: string, locale = 'en-GB') {
	const page = await (await browser.newContext({ locale })).newPage();
	await page.goto(address);
	await expectNoSeriousA11yViolations(page);
}

async function registerAs(
	page: Page,
	eventPage: string,
	person: { name: string; email: string; country: string; category?: string }
) {
	await page.goto(eventPage);
	await page.getByLabel('Full name').fill(person.name);
	await page.getByLabel('Email').fill(person.email);
	await page.getByLabel('Country', { exact: true }).selectOption({ label: person.country });
	await page.getByLabel('Profession').selectOption({ label: 'Nurse' });
	await page
		.getByLabel('Participant category')
		.selectOption({ label: person.category ?? 'Public institution' });
	await page.getByLabel('Organisation').fill('Hellenic Red Cross');
	await page.getByRole('button', { name: 'Register' }).click();
}

test('the public registers without JavaScript until the country’s places are taken, then joins the wait-list', async ({
	page,
	browser
}) => {
	const title = uniqueTitle('Regional school');
	await signIn(page, demo.coordinator);
	const eventPage = await createPublishedEvent(page, title, { greekPlaces: 1 });
	const tag = Date.now().toString(36);

	const visitor = await visitorWithoutJavaScript(browser);
	await visitor.goto(eventPage);
	await expect(visitor.getByRole('heading', { level: 1 })).toHaveText(title);
	await expect(visitor.getByText('Places left: 20 of 20')).toBeVisible();
	await expect(visitor.getByRole('link', { name: 'Add to calendar (.ics)' })).toBeVisible();
	await checkAccessibility(browser, eventPage);

	await registerAs(visitor, eventPage, {
		name: 'Eleni Papadaki',
		email: `eleni.${tag}@example.org`,
		country: 'Greece'
	});
	await expect(visitor.getByRole('heading', { level: 1 })).toHaveText('Your registration');
	await expect(visitor.getByRole('status')).toContainText('You are registered: your place is confirmed.');

	await registerAs(visitor, eventPage, {
		name: 'Nikos Georgiou',
		email: `nikos.${tag}@example.org`,
		country: 'Greece'
	});
	await expect(visitor.getByRole('status')).toContainText('You are on the wait-list.');
	await expect(visitor.getByRole('status')).toContainText(
		'Reason: the places kept for your country are all taken.'
	);

	await registerAs(visitor, eventPage, {
		name: 'Maria Borg',
		email: `maria.${tag}@example.org`,
		country: 'Malta'
	});
	await expect(visitor.getByRole('status')).toContainText('your place is confirmed');
	await visitor.getByRole('link', { name: 'Back to the event' }).click();
	await expect(visitor.getByText('Places left: 18 of 20')).toBeVisible();

	// Sending the form again (a second press, or going back and sending it) registers no one twice.
	await registerAs(visitor, eventPage, {
		name: 'Eleni Papadaki',
		email: `ELENI.${tag}@example.org`,
		country: 'Greece'
	});
	const email = visitor.getByLabel('Email');
	await expect(email).toHaveAttribute('aria-invalid', 'true');
	await expect(visitor.getByText('This email address is already registered for this event.')).toBeVisible();
	await expect(email).toHaveValue(`ELENI.${tag}@example.org`);
	await expect(visitor.getByLabel('Full name')).toHaveValue('Eleni Papadaki');

	const calendar = await visitor.request.get(`/events/${eventPage.split('/')[2]}/event.ics`);
	expect(calendar.headers()['content-type']).toBe('text/calendar; charset=utf-8');
	const ics = await calendar.text();
	expect(ics).toContain(`SUMMARY:${title}\r\n`);
	expect(ics).toContain('DTSTART;VALUE=DATE:20310922\r\nDTEND;VALUE=DATE:20310925\r\n');
});

test('bad input is refused beside each field, in Arabic too, and nothing is registered', async ({
	page,
	browser
}) => {
	await signIn(page, demo.coordinator);
	const eventPage = await createPublishedEvent(page, uniqueTitle('Regional school'), {});

	const visitor = await visitorWithoutJavaScript(browser);
	await visitor.goto(eventPage);
	await visitor.getByLabel('Email').fill('not-an-address');
	await visitor.getByRole('button', { name: 'Register' }).click();
	await expect(visitor.getByRole('alert')).toBeVisible();
	await expect(visitor.getByLabel('Full name')).toHaveAttribute('aria-invalid', 'true');
	await expect(visitor.getByLabel('Email')).toHaveAttribute('aria-invalid', 'true');
	await expect(visitor.getByLabel('Email')).toHaveValue('not-an-address');
	await expect(visitor.getByLabel('Country', { exact: true })).toHaveAttribute('aria-invalid', 'true');
	await expect(visitor.getByText('Places left: 20 of 20')).toBeVisible();

	const arabic = await visitorWithoutJavaScript(browser, 'ar');
	await arabic.goto(eventPage);
	await expect(arabic.locator('html')).toHaveAttribute('dir', 'rtl');
	await expect(arabic.getByRole('heading', { level: 2, name: 'التسجيل في هذه الفعالية' })).toBeVisible();
	await arabic.getByRole('button', { name: 'سجّلني' }).click();
	await expect(arabic.getByLabel('الاسم الكامل')).toHaveAttribute('aria-invalid', 'true');
	await checkAccessibility(browser, eventPage, 'ar');
});

test('an organiser approves a pending registration, and the registrant’s mail is in the outbox', async ({
	page,
	browser
}) => {
	const title = uniqueTitle('Approved school');
	await signIn(page, demo.admin);
	const eventPage = await createPublishedEvent(page, title, { requiresApproval: true });
	const email = `amina.${Date.now().toString(36)}@example.org`;

	const visitor = await visitorWithoutJavaScript(browser, 'fr-FR');
	// The visitor reads French: the form's labels are French too.
	await visitor.goto(eventPage);
	await visitor.getByLabel('Nom complet').fill('Amina Haddad');
	await visitor.getByLabel('Adresse électronique').fill(email);
	await visitor.getByLabel('Pays', { exact: true }).selectOption({ label: 'Maroc' });
	await visitor.getByLabel('Profession').selectOption({ index: 1 });
	await visitor.getByLabel('Catégorie de participant').selectOption({ label: 'Société civile' });
	await visitor.getByRole('button', { name: 'M’inscrire' }).click();
	await expect(visitor.getByRole('status')).toContainText('Les organisateurs approuvent chaque inscription');

	await page.goto(`/events/${eventPage.split('/')[2]}/registrations`);
	await page.getByRole('button', { name: 'Approve: Amina Haddad' }).click();
	await expect(page.getByRole('row').filter({ hasText: 'Amina Haddad' })).toContainText('Confirmed');

	await page.goto('/admin/outbox');
	const mails = page.getByRole('article').filter({ hasText: email });
	await expect(mails.filter({ hasText: `Inscription reçue : ${title}` })).toHaveCount(1);
	await expect(mails.filter({ hasText: `Inscription confirmée : ${title}` })).toHaveCount(1);
	await expect(mails.filter({ hasText: `Inscription confirmée : ${title}` })).toContainText(
		'Vous êtes inscrit·e : votre place est confirmée.'
	);
});
