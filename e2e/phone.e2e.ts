import { expect, test, type Page } from '@playwright/test';
import { demo, signIn } from './sign-in.js';
import { chooseLanguage } from './language.js';

test.use({ viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true });

const paths = [
	'/',
	'/directory/organisations',
	'/directory/people',
	'/directory/organisations/new',
	'/admin',
	'/admin/invite',
	'/account',
	'/surveys',
	'/surveys/new',
	'/delphi',
	'/delphi/new',
	'/frameworks',
	'/inventory'
];

async function expectEveryPageFits(page: Page, lang: string): Promise<void> {
	for (const path of paths) {
		await page.goto(path);
		await expect(page.locator('html')).toHaveAttribute('lang', lang);
		const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
		expect(overflow, `${path} in ${lang} is wider than the phone`).toBeLessThanOrEqual(0);
	}
}

test('on a 360 px phone every main page fits the screen, in English and in Arabic', async ({ page }) => {
	await signIn(page, demo.admin);
	await expectEveryPageFits(page, 'en');
	await chooseLanguage(page, 'ar');
	await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
	await expectEveryPageFits(page, 'ar');
});
