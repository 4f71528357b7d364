import ExcelJS from 'exceljs';
import { expect, test, type Page } from '@playwright/test';
import { expectNoSeriousA11yViolations } from './axe.js';
import { demo, signIn } from './sign-in.js';

const athens = 'MIG-H pilot training, Athens';

/** Opens a demo event's participants page from the events list, as a person would. */
async function openParticipants(page: Page, title: string): Promise<string> {
	await page.goto('/events');
	await page.getByRole('link', { name: title, exact: true }).first().click();
	await page
		.getByRole('navigation', { name: 'Sections of the event' })
		.getByRole('link', { name: 'Participants' })
		.click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Participants');
	return new URL(page.url()).pathname;
}

const csvFile = (name: string, lines: string[]) => ({
	name,
	mimeType: 'text/csv',
	buffer: Buffer.from(lines.join('\n'), 'utf8')
});

const standing = async (page: Page) =>
	Number((await page.getByText(/^Registrations \(/).textContent())?.match(/(\d+)\s*$/)?.[1]);

test('a coordinator imports a CSV with some bad rows: preview, import, report, then the XLSX export', async ({
	page
}) => {
	test.slow(); // an upload, a background job and two downloads
	await signIn(page, demo.coordinator);
	await openParticipants(page, athens);
	const before = await standing(page);

	await page
		.getByLabel('Participants file (CSV or XLSX)')
		.setInputFiles(
			csvFile('athens-extra.csv', [
				'Full name,Email,Country,Profession,Category,Organisation,Language',
				'Eleni Markou,eleni.markou@e2e.example,Greece,nurse,institution,EODY,',
				'Bad Email,not-an-address,GR,nurse,student,,',
				'Yannis Petrou,yannis.petrou@e2e.example,GR,police officer,institution,Hellenic Police,en',
				'Nowhere Land,nowhere@e2e.example,Atlantis,nurse,student,,',
				'Amal Haddad,amal.haddad@e2e.example,Maroc,doctor,academic,,fr'
			])
		);
	await page.getByRole('button', { name: 'Check the file' }).click();

	await expect(page.getByRole('heading', { name: 'Preview of athens-extra.csv' })).toBeVisible();
	await expect(page.getByText('Rows that will be imported: 3 of 5.')).toBeVisible();
	await expect(page.getByText('Refused rows, which will not be imported: 2')).toBeVisible();
	const problems = page.getByRole('table').last();
	await expect(problems.getByRole('row', { name: /^3 Email Enter an email address/ })).toBeVisible();
	await expect(problems.getByRole('row', { name: /^5 Country .* Atlantis$/ })).toBeVisible();
	await expect(page.getByRole('cell', { name: 'Law-enforcement officer' })).toBeVisible();

	await page.getByRole('button', { name: 'Import 3 participants' }).click();
	// The job runs in a background worker; the page follows it until the report.
	await expect(page.getByRole('heading', { name: 'Import report: athens-extra.csv' })).toBeVisible({
		timeout: 45_000
	});
	await expect(page.getByText('Imported: 3')).toBeVisible();
	await expect(page.getByText('Refused: 2')).toBeVisible();
	const refusals = page.waitForEvent('download');
	await page.getByRole('link', { name: 'Download the refused rows (CSV)' }).click();
	expect((await refusals).suggestedFilename()).toBe('athens-extra, refused rows.csv');

	await page.getByRole('link', { name: 'Back to the participants' }).click();
	expect(await standing(page)).toBe(before + 3);
	await expect(page.getByRole('link', { name: /^athens-extra\.csv, .*: done$/ })).toBeVisible();

	const download = page.waitForEvent('download');
	await page.getByRole('link', { name: 'Download as XLSX (Excel)' }).click();
	const file = await download;
	expect(file.suggestedFilename()).toBe(`${athens}.xlsx`);
	const workbook = new ExcelJS.Workbook();
	await workbook.xlsx.readFile(await file.path());
	const emails = workbook.worksheets[0].getColumn(2).values.map(String);
	expect(emails).toEqual(
		expect.arrayContaining(['Email', 'eleni.markou@e2e.example', 'amal.haddad@e2e.example'])
	);
	expect(emails).toHaveLength(before + 3 + 2); // the header row, and exceljs's empty cell 0
});

test('a file without the required columns is refused as a whole, naming them, and nothing is imported', async ({
	page
}) => {
	await signIn(page, demo.focalGreece);
	await openParticipants(page, athens);
	await page
		.getByLabel('Participants file (CSV or XLSX)')
		.setInputFiles(csvFile('names-only.csv', ['Name,Email', 'Ana,ana@e2e.example']));
	await page.getByRole('button', { name: 'Check the file' }).click();
	await expect(page.getByRole('alert')).toContainText('Nothing was saved');
	await expect(page.getByText('Columns are missing from the first row of the file.')).toBeVisible();
	await expect(page.getByText('Missing: Country, Profession, and Category.')).toBeVisible();
	await expect(page.getByLabel('Participants file (CSV or XLSX)')).toHaveAttribute('aria-invalid', 'true');

	await page
		.getByLabel('Participants file (CSV or XLSX)')
		.setInputFiles({ name: 'notes.pdf', mimeType: 'application/pdf', buffer: Buffer.from('%PDF-1.7') });
	await page.getByRole('button', { name: 'Check the file' }).click();
	await expect(page.getByText('Choose a CSV or XLSX file.')).toBeVisible();
});

test('the Malta focal point may not open the participants of a Greek event', async ({ page, browser }) => {
	await signIn(page, demo.coordinator);
	const url = await openParticipants(page, athens);
	const malta = await (await browser.newContext()).newPage();
	await signIn(malta, demo.focalMalta);
	expect((await malta.goto(url))?.status()).toBe(403);
	expect((await malta.goto(`${url}/export.csv`))?.status()).toBe(403);
});

test('the participants page and its preview read right to left in Arabic, with no serious accessibility problems', async ({
	browser
}) => {
	test.slow(); // two pages checked by axe
	const context = await browser.newContext();
	const page = await context.newPage();
	await signIn(page, demo.coordinator);
	const url = await openParticipants(page, athens);
	await expectNoSeriousA11yViolations(page);

	await context.addCookies([{ name: 'PARAGLIDE_LOCALE', value: 'ar', url: new URL(page.url()).origin }]);
	await page.goto(url);
	await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('المشاركون');
	await page
		.getByLabel('ملف المشاركين (CSV أو XLSX)')
		.setInputFiles(
			csvFile('arabic.csv', [
				'الاسم,البريد الإلكتروني,البلد,المهنة,الفئة',
				'سارة الحسيني,sara.e2e@e2e.example,MA,cultural mediator,civil society',
				'بلا بريد,,MA,nurse,student'
			])
		);
	await page.getByRole('button', { name: 'تحقّق من الملف' }).click();
	await expect(page.getByText('الأسطر التي ستُستورد: 1 من 2.')).toBeVisible();
	await expect(page.getByRole('cell', { name: 'المجتمع المدني' })).toBeVisible();
	await expectNoSeriousA11yViolations(page);
	await context.close();
});
