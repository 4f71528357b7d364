import type { Page } from '@playwright/test';

/** Chooses the interface language in the header, as a person does: pick it, then press the button. */
export async function chooseLanguage(page: Page, locale: 'en' | 'fr' | 'ar'): Promise<void> {
	const form = page.locator('form.language');
	await form.getByRole('combobox').selectOption(locale);
	await form.getByRole('button').click();
}
