import { expect, test } from '@playwright/test';
import { expectNoSeriousA11yViolations } from './axe.js';
import { demo, signIn } from './sign-in.js';

const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);

test('a panellist added in Slovenian reads the round in Slovenian, MHub’s words too, and may switch to English', async ({
	page,
	browser
}) => {
	test.slow();
	const title = `Training components ${Date.now().toString(36)}`;
	await signIn(page, demo.coordinator);
	await page.goto('/delphi/new');
	await page.getByLabel('Programme').selectOption({ index: 1 });
	await page.getByRole('checkbox', { name: /Slovenian/ }).check();
	await page.getByRole('group', { name: 'Title' }).getByLabel('English').fill(title);
	await page.getByRole('button', { name: 'Create the study' }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
	const studyUrl = page.url();
	await page.goto(`${studyUrl}/edit`);
	await page.getByRole('group', { name: 'Title' }).getByLabel('Slovenian').fill(`Sestavine ${title}`);
	await page.getByRole('button', { name: 'Save' }).click();
	await page.goto(studyUrl);

	const domain = page.getByRole('group', { name: 'Domain title' });
	await domain.getByLabel('English').fill('Delivery');
	await domain.getByLabel('Slovenian').fill('Izvedba');
	await page.getByRole('button', { name: 'Add a domain' }).click();
	const statement = page.getByRole('group', { name: 'Statement' });
	await statement.getByLabel('English').fill('Trainers are certified');
	await statement.getByLabel('Slovenian').fill('Izvajalci so certificirani');
	await page.getByRole('button', { name: 'Add a statement' }).click();
	await expect(page.getByRole('listitem').filter({ hasText: 'Trainers are certified' })).toBeVisible();

	await page.getByRole('link', { name: /^Panel/ }).click();
	await page.getByLabel('Search the directory by name').fill('Maria Borg');
	await page.getByRole('button', { name: 'Search' }).click();
	await page.getByLabel('Maria Borg').check();
	await page.getByLabel('Stakeholder group').fill('Academia');
	// The study's languages only, named in the reader's language and in themselves.
	await page.getByLabel('Their language (round pages and mail)').selectOption('sl');
	await page.getByRole('button', { name: 'Add to the panel' }).click();
	await expect(page.getByText('Added to the panel: 1.')).toBeVisible();
	const link = await page.getByRole('textbox', { name: 'Personal link of Maria Borg' }).inputValue();

	await page.goto(studyUrl);
	await page.getByLabel('First day').fill(day(0));
	await page.getByLabel('Last day').fill(day(7));
	await page.getByRole('button', { name: 'Open round 1' }).click();
	await expect(page.getByText('Round opened. Send the panel their links.')).toBeVisible();

	const phone = await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true });
	const panellist = await phone.newPage();
	await panellist.goto(link);
	const round = panellist.locator('.panel-page');
	await expect(round).toHaveAttribute('lang', 'sl');
	await expect(panellist.getByRole('heading', { level: 1 })).toHaveText(`Sestavine ${title}`);
	await expect(panellist.getByRole('heading', { level: 2 })).toHaveText('Izvedba');
	// MHub's Slovenian words (not reviewed by a person yet), in the page's language: not marked.
	const submit = panellist.getByRole('button', { name: 'Oddaj moje odgovore' });
	await expect(submit).not.toHaveAttribute('lang');
	await submit.click();
	await expect(panellist.getByText('Ocenite to trditev ali izberite „ne morem oceniti“.')).toBeVisible();
	await expectNoSeriousA11yViolations(panellist);

	// The panellist switches to English: the texts and the page follow, and stay so.
	await panellist
		.getByRole('navigation', { name: 'Jezik kroga' })
		.getByRole('link', { name: 'English' })
		.click();
	await expect(round).toHaveAttribute('lang', 'en');
	await expect(panellist.getByRole('heading', { level: 1 })).toHaveText(title);
	await panellist.getByRole('radiogroup').getByLabel('8', { exact: true }).check();
	await panellist.getByRole('button', { name: 'Submit my answers' }).click();
	await expect(panellist.getByRole('status')).toBeVisible();
	await expect(round).toHaveAttribute('lang', 'en');
	await phone.close();
});
