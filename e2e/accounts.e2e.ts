import { expect, test, type Page } from '@playwright/test';
import { expectNoSeriousA11yViolations } from './axe.js';
import { demo, signIn } from './sign-in.js';

/** The link in the newest outbox mail to `email`, as an administrator reads it. */
async function linkMailedTo(admin: Page, email: string, path: string): Promise<string> {
	await admin.goto('/admin/outbox');
	const mail = admin.getByRole('article').filter({ hasText: email }).first();
	return (await mail.textContent())!.match(new RegExp(`https?://\\S+${path}\\?token=\\S+`))![0];
}

test('an invited focal point accepts, lands signed in with their role, and makes an API token', async ({
	browser
}) => {
	const email = `leila.${Date.now()}@example.org`;
	const admin = await (await browser.newContext()).newPage();
	await signIn(admin, demo.admin);
	await admin.goto('/admin');
	await admin.getByRole('link', { name: 'Invite someone' }).first().click();
	await admin.getByLabel('Name').fill('Leila');
	await admin.getByLabel('Email').fill(email);
	await admin.getByLabel('Role', { exact: true }).selectOption({ label: 'Country focal point' });
	await admin.getByRole('radio', { name: 'Some countries' }).check();
	await admin.getByLabel('Countries', { exact: true }).selectOption({ label: 'Malta' });
	await expectNoSeriousA11yViolations(admin);
	await admin.getByRole('button', { name: 'Send the invitation' }).click();
	await expect(admin.getByRole('status')).toContainText(email);

	const link = await linkMailedTo(admin, email, 'invitation');
	const leila = await (await browser.newContext()).newPage();
	await leila.goto(link);
	await expect(leila.getByText('as Country focal point')).toBeVisible();
	await leila.getByLabel('Your name').fill('Leila Haddad');
	await leila.getByLabel('New password', { exact: true }).fill('a long enough password');
	await leila.getByLabel('New password again').fill('another long password');
	await leila.getByRole('button', { name: 'Create my account' }).click();
	await expect(leila.getByText('The two passwords are not the same.')).toBeVisible();
	await expect(leila.getByLabel('Your name')).toHaveValue('Leila Haddad');

	await leila.getByLabel('New password', { exact: true }).fill('a long enough password');
	await leila.getByLabel('New password again').fill('a long enough password');
	await leila.getByRole('button', { name: 'Create my account' }).click();
	await expect(leila.getByRole('status')).toHaveText('Welcome to MHub: your account is ready.');
	await expect(leila.getByRole('button', { name: 'Sign out' })).toBeVisible();
	await expect(leila.getByText('Country focal point · Malta')).toBeVisible();

	await leila.getByLabel('Token name').fill('monthly report');
	await leila.getByRole('button', { name: 'Create token' }).click();
	const token = (await leila.getByTestId('new-api-token').textContent())!.trim();
	const asLeila = { headers: { authorization: `Bearer ${token}` } };
	expect((await leila.request.get('/api/v1/organisations?country=MT', asLeila)).status()).toBe(200);
	await expectNoSeriousA11yViolations(leila);

	await leila.getByRole('button', { name: 'Revoke the token “monthly report”' }).click();
	await expect(leila.getByRole('status')).toContainText('The token has been revoked');
	expect((await leila.request.get('/api/v1/organisations', asLeila)).status()).toBe(401);

	// The link was for one account only.
	const again = await (await browser.newContext()).newPage();
	await again.goto(link);
	await expect(again.getByRole('alert')).toHaveText('This link has expired or has already been used.');
});

test('an administrator gives a role for some countries, is told what does not fit, and takes it back', async ({
	page
}) => {
	await signIn(page, demo.admin);
	await page.goto('/admin');
	await page.getByRole('link', { name: 'Manage the roles of Ana Kovač' }).click();
	await page.getByLabel('Role', { exact: true }).selectOption({ label: 'Country focal point' });
	await page.getByRole('radio', { name: 'Everywhere' }).check();
	await page.getByRole('button', { name: 'Give the role' }).click();
	await expect(page.getByRole('alert')).toContainText('Nothing was saved');
	await expect(page.getByText('A country focal point works for chosen countries')).toBeVisible();
	await expect(page.getByLabel('Countries', { exact: true })).toHaveAttribute('aria-invalid', 'true');

	await page.getByRole('radio', { name: 'Some countries' }).check();
	await page
		.getByLabel('Countries', { exact: true })
		.selectOption([{ label: 'Greece' }, { label: 'Cyprus' }]);
	await page.getByRole('button', { name: 'Give the role' }).click();
	await expect(page.getByRole('status')).toHaveText('The role has been given.');
	const grant = page.getByText('Country focal point · Cyprus, Greece');
	await expect(grant).toBeVisible();
	await expectNoSeriousA11yViolations(page);

	await page.getByRole('button', { name: 'Remove the role Country focal point · Cyprus, Greece' }).click();
	await expect(page.getByRole('status')).toHaveText('The role has been removed.');
	await expect(grant).toHaveCount(0);
});

test('an administrator makes someone the coordinator of one programme', async ({ page }) => {
	await signIn(page, demo.admin);
	await page.goto('/admin');
	await page.getByRole('link', { name: 'Manage the roles of Marta Ruiz' }).click();
	await page.getByLabel('Role', { exact: true }).selectOption({ label: 'Programme coordinator' });
	await page.getByRole('radio', { name: 'One programme' }).check();
	await page.getByRole('button', { name: 'Give the role' }).click();
	await expect(page.getByLabel('Programme', { exact: true })).toHaveAttribute('aria-invalid', 'true');

	await page.getByRole('radio', { name: 'One programme' }).check();
	await page
		.getByLabel('Programme', { exact: true })
		.selectOption({ label: 'Fostering the health and protection of vulnerable migrants (FHPVM)' });
	await page.getByRole('button', { name: 'Give the role' }).click();
	await expect(page.getByRole('status')).toHaveText('The role has been given.');
	await expect(
		page.getByText(
			/Programme coordinator · Fostering the health and protection of vulnerable migrants \(FHPVM\)/
		)
	).toBeVisible();
});

test('people who are not administrators cannot manage accounts', async ({ page }) => {
	await signIn(page, demo.coordinator);
	for (const path of ['/admin', '/admin/invite']) {
		const response = await page.goto(path);
		expect(response?.status()).toBe(403);
	}
});

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });

	test('repeated failed sign-ins are slowed down, then refused for a while', async ({ page }) => {
		await page.goto('/sign-in');
		const alert = page.getByRole('alert');
		// Three failures are free; each further one waits twice as long (1 s, 2 s, 4 s …), so quick
		// retries are refused within a few attempts.
		for (let attempt = 0; attempt < 8; attempt++) {
			await page.getByLabel('Email').fill('reviewer@mhub.demo');
			await page.getByLabel('Password').fill(`wrong password ${attempt}`);
			await Promise.all([page.waitForEvent('load'), page.getByRole('button', { name: 'Sign in' }).click()]);
			const said = await alert.textContent();
			if (said?.startsWith('Too many failed attempts')) break;
			expect(said).toBe('The email or the password is not right.');
		}
		await expect(alert).toHaveText(/^Too many failed attempts\. Try again in \d+ seconds\.$/);
	});
});
