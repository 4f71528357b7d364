import { expect, test, type Page } from '@playwright/test';
import { expectNoSeriousA11yViolations } from './axe.js';
import { demo, signIn } from './sign-in.js';
import { chooseLanguage } from './language.js';

// A trainer's phone in the room.
test.use({ viewport: { width: 360, height: 740 } });

/** Opens a tab of the demo Training of Trainers from the events list. */
async function openTraining(page: Page, tab: 'Attendance' | 'Certificates'): Promise<void> {
	await page.goto('/events?kind=training_of_trainers');
	await page.getByRole('link', { name: 'MIG-H Training of Trainers', exact: true }).click();
	await page.getByRole('link', { name: tab, exact: true }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(tab);
}

/** The person's toggle on an attendance sheet: pressed when they are marked present. */
const toggleOf = (page: Page, name: string) => page.getByRole('button', { name: new RegExp(`^${name}`) });

/** Marks a person present (whatever a retried run left behind) and checks the count went up. */
async function markPresent(page: Page, session: string, name: string): Promise<void> {
	await page.getByRole('link', { name: new RegExp(session) }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(session);
	const toggle = toggleOf(page, name);
	if ((await toggle.getAttribute('aria-pressed')) === 'false') {
		const before = Number((await page.getByRole('status').textContent())!.match(/^\d+/)![0]);
		await toggle.click();
		await expect(toggle).toHaveAttribute('aria-pressed', 'true');
		// Shown at once; busy until the server has it.
		await expect(toggle).not.toHaveAttribute('aria-busy');
		await expect(page.getByRole('status')).toHaveText(new RegExp(`^${before + 1} of \\d+ present$`));
	}
	// The mark is stored: it is still there when the page is loaded again.
	await page.reload();
	await expect(toggleOf(page, name)).toHaveAttribute('aria-pressed', 'true');
	await page.getByRole('link', { name: 'All sessions' }).click();
}

test('a coordinator takes attendance on a phone, issues a certificate and checks it', async ({ page }) => {
	// A long journey (two sessions, certificates, a PDF) on a shared two-core machine.
	test.slow();
	await signIn(page, demo.coordinator);
	await openTraining(page, 'Attendance');

	// Luca Bianchi missed the first day: marked present at two of its sessions, he completes.
	await markPresent(page, 'Migration and health: concepts and figures', 'Luca Bianchi');
	await markPresent(page, 'Communicable diseases along the migration route', 'Luca Bianchi');

	await page.getByRole('link', { name: 'Certificates', exact: true }).click();
	const luca = page.getByRole('row', { name: /Luca Bianchi/ });
	await expect(luca).toContainText('Completes');
	await page.getByRole('button', { name: 'Issue certificates to all who complete' }).click();
	await expect(page.getByRole('status')).toHaveText(/Certificates issued: 1\.|No certificate to issue/);

	const code = (await luca
		.getByRole('link', { name: /^[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}$/ })
		.textContent())!;
	const pdfLink = luca.getByRole('link', { name: 'Certificate of Luca Bianchi (PDF)' });
	const pdf = await page.request.get((await pdfLink.getAttribute('href'))!);
	expect(pdf.headers()['content-type']).toBe('application/pdf');
	expect((await pdf.body()).subarray(0, 5).toString('latin1')).toBe('%PDF-');

	await luca.getByRole('link', { name: code }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Valid certificate');
	await expect(page.getByText('Luca Bianchi')).toBeVisible();
	await expect(page.getByText('MIG-H Training of Trainers')).toBeVisible();
	await expectNoSeriousA11yViolations(page);

	// In another of the event's languages, chosen on the page: its title and MHub's words follow.
	await page
		.getByRole('navigation', { name: 'Language of this page' })
		.getByRole('link', { name: 'Français' })
		.click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Certificat valide');
	await expect(page.getByText('Formation de formateurs MIG-H')).toBeVisible();
	await page
		.getByRole('navigation', { name: 'Langue de cette page' })
		.getByRole('link', { name: 'English' })
		.click();

	// As typed from paper: lower case, without dashes.
	await page.goto(`/certificates/${code.toLowerCase().replace(/-/g, '')}`);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Valid certificate');
});

test('attendance is marked without JavaScript too, one form per tap', async ({ browser }) => {
	const context = await browser.newContext({
		javaScriptEnabled: false,
		viewport: { width: 360, height: 740 }
	});
	const page = await context.newPage();
	await signIn(page, demo.coordinator);
	await openTraining(page, 'Attendance');
	await page.getByRole('link', { name: /Screening and vaccination/ }).click();
	const toggle = toggleOf(page, 'Javier Fernández');
	const pressed = await toggle.getAttribute('aria-pressed');
	await toggle.click();
	await expect(toggleOf(page, 'Javier Fernández')).toHaveAttribute(
		'aria-pressed',
		pressed === 'true' ? 'false' : 'true'
	);
	await context.close();
});

test('an unknown or empty code is refused clearly', async ({ page }) => {
	await page.goto('/certificates');
	await page.getByRole('button', { name: 'Check' }).click();
	await expect(page.getByText('This field is required.')).toBeVisible();

	await page.getByLabel('Verification code').fill('zzzz zzzz zzz0');
	await page.getByRole('button', { name: 'Check' }).click();
	await expect(page).toHaveURL(/\/certificates\/ZZZZ-ZZZZ-ZZZ0$/);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Unknown code');
	await expect(page.getByText('No certificate has the code')).toBeVisible();
	await expectNoSeriousA11yViolations(page);

	const pdf = await page.request.get('/certificates/ZZZZ-ZZZZ-ZZZ0/certificate.pdf');
	expect(pdf.status()).toBe(404);
});

test('a trainer takes attendance at the events they facilitate, and only there', async ({
	page,
	browser
}) => {
	await signIn(page, demo.coordinator);
	await page.goto('/events?kind=regional_school');
	await page.getByRole('link', { name: '2nd Regional Winter School on migrant health', exact: true }).click();
	await page.getByRole('link', { name: 'Attendance', exact: true }).click();
	const school = page.url();

	const trainer = await (await browser.newContext({ viewport: { width: 360, height: 740 } })).newPage();
	await signIn(trainer, demo.trainer);
	await openTraining(trainer, 'Attendance');
	await expect(trainer.getByRole('link', { name: /Migration and health/ })).toBeVisible();
	const response = await trainer.goto(school);
	expect(response?.status()).toBe(403);
});

test('in Arabic the pages fit the phone and read right to left, and so does the certificate', async ({
	page
}) => {
	test.slow();
	await signIn(page, demo.coordinator);
	await chooseLanguage(page, 'ar');
	await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
	const fits = async () =>
		expect(
			await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)
		).toBeLessThanOrEqual(0);

	await page.goto('/events?kind=training_of_trainers');
	await page.getByRole('link', { name: 'تدريب المدربين MIG-H', exact: true }).click();
	await page.getByRole('link', { name: 'الحضور', exact: true }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('الحضور');
	await fits();
	await page.getByRole('link', { name: /Migration and health: concepts and figures/ }).click();
	await expect(page.getByRole('status')).toHaveText(/حاضر من/);
	await expect(page.locator('button[aria-pressed]').first()).toBeVisible();
	await fits();

	await page.getByRole('link', { name: 'الشهادات', exact: true }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('الشهادات');
	await fits();
	await page
		.getByRole('link', { name: /^[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}$/ })
		.first()
		.click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('شهادة صالحة');
	await fits();
	const pdf = await page.request.get(`${page.url()}/certificate.pdf?lang=ar`);
	expect(pdf.headers()['content-type']).toBe('application/pdf');
	expect((await pdf.body()).subarray(0, 5).toString('latin1')).toBe('%PDF-');
});
