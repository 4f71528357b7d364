import { expect, test } from '@playwright/test';
import { expectNoSeriousA11yViolations } from './axe.js';
import { demo, signIn } from './sign-in.js';

test('a demo user signs in and out', async ({ page }) => {
	await signIn(page, demo.coordinator);
	await expect(page.getByRole('link', { name: 'Directory', exact: true })).toBeVisible();
	await page.getByRole('button', { name: 'Sign out' }).click();
	await expect(page.getByRole('banner').getByRole('link', { name: 'Sign in' })).toBeVisible();
});

test('a wrong password is refused with one clear message', async ({ page }) => {
	await page.goto('/sign-in');
	await page.getByLabel('Email').fill(demo.trainer);
	await page.getByLabel('Password').fill('not the password');
	await page.getByRole('button', { name: 'Sign in' }).click();
	await expect(page.getByRole('alert')).toHaveText('The email or the password is not right.');
	await expect(page.getByLabel('Email')).toHaveValue(demo.trainer);
});

test('the sign-in page has no serious accessibility problems', async ({ page }) => {
	await page.goto('/sign-in');
	await expectNoSeriousA11yViolations(page);
});
