// Uploads as an attacker sends them, against the built app: unsigned, too large, cut short, or made
// to exhaust the reader. Each is refused with a clear answer, and the server keeps answering.
import net from 'node:net';
import { expect, test } from '@playwright/test';
import { sheetXml, workbookOf } from '../src/lib/server/testing/zip.js';
import { demo, signIn } from './sign-in.js';

const port = Number(process.env.MHUB_E2E_PORT);

/**
 * Sends a request's head and only the first part of the body it announces, then waits for the
 * answer's status line: a server that reads the whole body first never answers.
 */
function answerToPartialUpload(path: string, announced: number, sent: Buffer): Promise<string> {
	return new Promise((resolve, reject) => {
		const socket = net.connect(port, '127.0.0.1');
		const timer = setTimeout(() => {
			socket.destroy();
			reject(new Error('no answer before the body was complete'));
		}, 10_000);
		socket.on('error', reject);
		socket.once('data', (chunk) => {
			clearTimeout(timer);
			socket.destroy();
			resolve(chunk.toString('latin1').split('\r\n')[0]);
		});
		socket.write(
			`POST ${path} HTTP/1.1\r\nHost: localhost:${port}\r\nOrigin: http://localhost:${port}\r\n` +
				'Content-Type: multipart/form-data; boundary=x\r\n' +
				`Content-Length: ${announced}\r\n\r\n`
		);
		socket.write(sent);
	});
}

test('the public is refused the XLSForm check before its upload is read', async () => {
	const start = Buffer.from(
		'--x\r\nContent-Disposition: form-data; name="file"; filename="form.xlsx"\r\n\r\nPK\x03\x04',
		'latin1'
	);
	expect(await answerToPartialUpload('/surveys/import?/check', 4_000_000, start)).toMatch(
		/^HTTP\/1\.1 (401|403)/
	);
});

test('an ordinary form refuses a large body at once, in three languages', async ({ request }) => {
	const response = await request.post('/sign-in', {
		headers: { 'content-type': 'application/x-www-form-urlencoded', origin: `http://localhost:${port}` },
		data: `email=${'a'.repeat(1024 * 1024)}`
	});
	expect(response.status()).toBe(413);
	const page = await response.text();
	expect(page).toContain('This request is too large');
	expect(page).toContain('Cette requête est trop volumineuse');
});

test('a workbook with cells at column XFD is refused quickly with a clear reason, and pages still answer', async ({
	page
}) => {
	await signIn(page, demo.coordinator);
	await page.goto('/surveys/import');
	const far = sheetXml([['type', 'name']]).replace(
		'</sheetData>',
		`${Array.from({ length: 3_000 }, (_, r) => `<row r="${r + 2}"><c r="XFD${r + 2}"><v>1</v></c></row>`).join('')}</sheetData>`
	);
	await page.getByLabel('Programme').selectOption({ index: 1 });
	await page.getByLabel('XLSForm workbook (.xlsx)').setInputFiles({
		name: 'hostile.xlsx',
		mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
		buffer: Buffer.from(workbookOf({ survey: far }))
	});
	const started = Date.now();
	await page.getByRole('button', { name: 'Import', exact: true }).click();
	await expect(page.getByText('This file has values in too many columns (more than 256).')).toBeVisible();
	expect(Date.now() - started).toBeLessThan(10_000);
	await expect(page.getByLabel('XLSForm workbook (.xlsx)')).toHaveAttribute('aria-invalid', 'true');
	expect((await page.request.get('/healthz')).ok()).toBe(true);
});

test('an upload cut short is refused as incomplete, not read as a file', async ({ page }) => {
	await signIn(page, demo.coordinator);
	const workbook = Buffer.from(workbookOf({ survey: [['type', 'name']] }));
	const body = Buffer.concat([
		Buffer.from('--x\r\nContent-Disposition: form-data; name="programmeId"\r\n\r\nany\r\n', 'latin1'),
		Buffer.from('--x\r\nContent-Disposition: form-data; name="file"; filename="form.xlsx"\r\n\r\n', 'latin1'),
		workbook
	]);
	// The multipart body ends without its closing boundary, as when a connection drops mid-upload.
	const response = await page.request.post('/surveys/import?/check', {
		headers: {
			'content-type': 'multipart/form-data; boundary=x',
			origin: `http://localhost:${port}`,
			accept: 'text/html'
		},
		data: body
	});
	expect(response.status()).toBe(400);
	expect(await response.text()).toContain('This file is damaged or incomplete');
});
