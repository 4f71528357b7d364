import { expect, test } from '@playwright/test';
import { demo, signIn } from './sign-in.js';

test('a forgotten password is reset through the mailed link, which works only once', async ({ browser }) => {
	const person = await browser.newPage();
	await person.goto('/sign-in');
	await person.getByRole('link', { name: 'Forgot your password?' }).click();
	// The sign-in page has an Email field too: fill in the one of the page the link leads to.
	await expect(person.getByRole('heading', { level: 1 })).toHaveText('Reset your password');
	await person.getByLabel('Email').fill(demo.participant);
	await person.getByRole('button', { name: 'Send the link' }).click();
	await expect(person.getByRole('status')).toContainText('a link to reset its password is on its way');

	// Without SMTP the mail waits in the outbox, which administrators read.
	const admin = await browser.newPage();
	await signIn(admin, demo.admin);
	await admin.goto('/admin/outbox');
	const mail = admin.getByRole('article').filter({ hasText: demo.participant }).first();
	const link = (await mail.textContent())!.match(/https?:\/\/\S+reset-password\?token=\S+/)![0];

	await person.goto(link);
	await person.getByLabel('New password', { exact: true }).fill('a brand new password');
	await person.getByLabel('New password again').fill('a different one');
	await person.getByRole('button', { name: 'Save the new password' }).click();
	await expect(person.getByText('The two passwords are not the same.')).toBeVisible();
	await person.getByLabel('New password', { exact: true }).fill('a brand new password');
	await person.getByLabel('New password again').fill('a brand new password');
	await person.getByRole('button', { name: 'Save the new password' }).click();
	await expect(person.getByRole('status')).toHaveText(
		'Your password has been changed. Sign in with it. You have been signed out everywhere, and your API tokens and any other reset links no longer work.'
	);
	await signIn(person, demo.participant, 'a brand new password');

	const again = await browser.newPage();
	await again.goto(link);
	await again.getByLabel('New password', { exact: true }).fill('yet another password');
	await again.getByLabel('New password again').fill('yet another password');
	await again.getByRole('button', { name: 'Save the new password' }).click();
	await expect(again.getByRole('alert')).toHaveText('This link has expired or has already been used.');
});

test('only administrators read the outbox', async ({ page }) => {
	await signIn(page, demo.focalGreece);
	const response = await page.goto('/admin/outbox');
	expect(response?.status()).toBe(403);
	await expect(page.getByRole('alert')).toHaveText('You are not allowed to see or change this.');
});
