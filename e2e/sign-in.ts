import { expect, type Page } from '@playwright/test';

export const demo = {
	admin: 'admin@mhub.demo',
	coordinator: 'coordinator@mhub.demo',
	focalGreece: 'focal.greece@mhub.demo',
	focalMalta: 'focal.malta@mhub.demo',
	trainer: 'trainer@mhub.demo',
	reviewer: 'reviewer@mhub.demo',
	expert: 'expert@mhub.demo',
	participant: 'participant@mhub.demo'
} as const;

/** Signs in through the form, as a person would, and waits until the header offers "Sign out". */
export async function signIn(page: Page, email: string, password = 'mhub-demo-2026'): Promise<void> {
	await page.goto('/sign-in');
	await page.getByLabel('Email').fill(email);
	await page.getByLabel('Password').fill(password);
	await page.getByRole('button', { name: 'Sign in' }).click();
	await expect(page.getByRole('button', { name: 'Sign out' })).toBeVisible();
}
