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

/** Sends the form as `person`; returns the status of the form's answer (before any redirect). */
async function registerAs(
	page: Page,
	eventPage: string,
	person: { name: string; email: string; country: string; category?: string }
): Promise<number> {
	await page.goto(eventPage);
	await page.getByLabel('Full name').fill(person.name);
	await page.getByLabel('Email').fill(person.email);
	await page.getByLabel('Country', { exact: true }).selectOption({ label: person.country });
	await page.getByLabel('Profession').selectOption({ label: 'Nurse' });
	await page
		.getByLabel('Participant category')
		.selectOption({ label: person.category ?? 'Public institution' });
	await page.getByLabel('Organisation').fill('Hellenic Red Cross');
	const [answer] = await Promise.all([
		page.waitForResponse((response) => response.request().method() === 'POST'),
		page.getByRole('button', { name: 'Register' }).click()
	]);
	return answer.status();
}

/** The page every registration leads to, whether the address was new or already registered. */
async function expectThanks(page: Page, title: string) {
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Thank you');
	await expect(page.getByText(title, { exact: true })).toBeVisible();
	await expect(page.getByRole('status')).toHaveText(
		'We have sent an email to the address you gave. It says whether your place is confirmed, and its link shows your registration at any time.'
	);
}

test('the public registers without JavaScript until the country’s places are taken, then joins the wait-list; a second form for one address is answered alike', async ({
	page,
	browser
}) => {
	const title = uniqueTitle('Regional school');
	await signIn(page, demo.admin);
	const eventPage = await createPublishedEvent(page, title, { greekPlaces: 1 });
	const tag = Date.now().toString(36);

	const visitor = await visitorWithoutJavaScript(browser);
	await visitor.goto(eventPage);
	await expect(visitor.getByRole('heading', { level: 1 })).toHaveText(title);
	await expect(visitor.getByText('Places left: 20 of 20')).toBeVisible();
	await expect(visitor.getByRole('link', { name: 'Add to calendar (.ics)' })).toBeVisible();
	await checkAccessibility(browser, eventPage);

	const eleni = { name: 'Eleni Papadaki', email: `eleni.${tag}@example.org`, country: 'Greece' };
	expect(await registerAs(visitor, eventPage, eleni)).toBe(303);
	await expectThanks(visitor, title);
	const thanks = visitor.url();
	await checkAccessibility(browser, thanks);
	await registerAs(visitor, eventPage, {
		name: 'Nikos Georgiou',
		email: `nikos.${tag}@example.org`,
		country: 'Greece'
	});
	await expectThanks(visitor, title);
	await registerAs(visitor, eventPage, {
		name: 'Maria Borg',
		email: `maria.${tag}@example.org`,
		country: 'Malta'
	});
	await visitor.getByRole('link', { name: 'Back to the event' }).click();
	await expect(visitor.getByText('Places left: 18 of 20')).toBeVisible();

	// The form sent again for an address already registered (a second press, going back, or someone
	// else typing it) gets the same answer as a new registration; the mail tells its owner.
	const again = await registerAs(visitor, eventPage, {
		...eleni,
		name: 'Someone Else',
		email: eleni.email.toUpperCase()
	});
	expect(again).toBe(303);
	await expectThanks(visitor, title);
	expect(visitor.url()).toBe(thanks);

	const eventId = eventPage.split('/')[2];
	await page.goto(`/events/${eventId}/registrations`);
	await expect(page.getByRole('row').filter({ hasText: 'Eleni Papadaki' })).toContainText('Confirmed');
	await expect(page.getByRole('row').filter({ hasText: 'Nikos Georgiou' })).toContainText('Wait-listed');
	await expect(page.getByRole('row').filter({ hasText: 'Maria Borg' })).toContainText('Confirmed');
	await expect(page.getByRole('row').filter({ hasText: 'Someone Else' })).toHaveCount(0);

	// The mails hold nothing typed in the form: no name, only the event, the outcome and the links.
	await page.goto('/admin/outbox');
	const toEleni = page.getByRole('article').filter({ hasText: eleni.email });
	await expect(toEleni.filter({ hasText: `Registration confirmed: ${title}` })).toHaveCount(1);
	await expect(toEleni.filter({ hasText: `Already registered: ${title}` })).toContainText(
		'which is already registered for this event: nothing has changed'
	);
	await expect(toEleni.filter({ hasText: /Eleni Papadaki|Someone Else/ })).toHaveCount(0);
	const toNikos = page.getByRole('article').filter({ hasText: `nikos.${tag}@example.org` });
	await expect(toNikos).toContainText('Reason: the places kept for your country are all taken.');
	const link = (await toNikos.textContent())!.match(/https?:\/\/\S+\/registrations\/[0-9a-f-]{36}/)![0];
	await visitor.goto(new URL(link).pathname);
	await expect(visitor.getByRole('heading', { level: 1 })).toHaveText('Your registration');
	await expect(visitor.getByRole('status')).toContainText('You are on the wait-list.');

	const calendar = await visitor.request.get(`/events/${eventId}/event.ics`);
	expect(calendar.headers()['content-type']).toBe('text/calendar; charset=utf-8');
	const ics = await calendar.text();
	expect(ics).toContain(`SUMMARY:${title}\r\n`);
	expect(ics).toContain('DTSTART;VALUE=DATE:20310922\r\nDTEND;VALUE=DATE:20310925\r\n');
});

test('one email address may be sent the form only so often in an hour, and the refusal says why', async ({
	page,
	browser
}) => {
	await signIn(page, demo.coordinator);
	const eventPage = await createPublishedEvent(page, uniqueTitle('Regional school'), {});
	const person = {
		name: 'Petros Ioannou',
		email: `petros.${Date.now().toString(36)}@example.org`,
		country: 'Greece'
	};

	const visitor = await visitorWithoutJavaScript(browser);
	// Five an hour: the registration, then four more forms for the same address.
	for (let sent = 0; sent < 5; sent++) expect(await registerAs(visitor, eventPage, person)).toBe(303);
	expect(await registerAs(visitor, eventPage, person)).toBe(429);
	await expect(visitor.getByRole('alert')).toContainText(
		'This form has been sent too many times in the last hour from your network or for this email address. Please try again in an hour.'
	);
	await expect(visitor.getByLabel('Full name')).toHaveValue(person.name);
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
	await expect(visitor.getByRole('heading', { level: 1 })).toHaveText('Merci');

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
