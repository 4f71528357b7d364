import { expect, test } from '@playwright/test';
import { expectNoSeriousA11yViolations } from './axe.js';
import { chooseLanguage } from './language.js';

test('the home page is reachable, has landmarks and no serious accessibility problems', async ({ page }) => {
	await page.goto('/');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Welcome to MHub');
	await expect(page.getByRole('main')).toBeVisible();
	await expect(page.getByRole('navigation', { name: 'Main' })).toBeVisible();
	await expectNoSeriousA11yViolations(page);
});

test('switching to Arabic lays the page out right to left, and the choice is remembered', async ({
	page
}) => {
	await page.goto('/');
	await chooseLanguage(page, 'ar');
	await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
	await expect(page.locator('html')).toHaveAttribute('lang', 'ar');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('مرحبًا بكم في إم هَب');
	await page.goto('/');
	await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
	await expectNoSeriousA11yViolations(page);
});

test('on a public page that ships no script, the language is changed with its button', async ({ page }) => {
	await page.goto('/certificates');
	await chooseLanguage(page, 'fr');
	await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
});

test('the health check reports a reachable database', async ({ request }) => {
	const response = await request.get('/healthz');
	expect(response.status()).toBe(200);
	expect(await response.json()).toEqual({ status: 'ok', database: 'reachable' });
});
