// Every demo account follows every link of its main navigation, and none ends in a refusal: the links
// are built from the policies that guard their pages.
import { expect, test, type Page } from '@playwright/test';
import { demo, signIn } from './sign-in.js';

/** The main navigation's links, in order. */
const navigationLinks = async (page: Page): Promise<string[]> =>
	page
		.getByRole('navigation', { name: 'Main' })
		.getByRole('link')
		.evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? ''));

async function followEach(page: Page, links: string[]): Promise<void> {
	for (const href of links) {
		const response = await page.goto(href);
		expect(response?.status(), href).toBe(200);
	}
}

for (const [account, email] of Object.entries(demo)) {
	test(`the ${account} account's navigation leads to no refusal`, async ({ page }) => {
		await signIn(page, email);
		const links = await navigationLinks(page);
		expect(links).toContain('/account');
		await followEach(page, links);
	});
}

test("a country focal point's navigation offers no surveys or Delphi studies (they are the coordinators')", async ({
	page
}) => {
	await signIn(page, demo.focalGreece);
	const links = await navigationLinks(page);
	expect(links).toContain('/programmes');
	expect(links).not.toContain('/surveys');
	expect(links).not.toContain('/delphi');
});

test("the public's navigation leads home only", async ({ page }) => {
	await page.goto('/');
	const links = await navigationLinks(page);
	expect(links).toEqual(['/']);
	await followEach(page, links);
});
