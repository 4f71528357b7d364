import { expect, test, type Page } from '@playwright/test';
import http from 'node:http';
import { demo, signIn } from './sign-in.js';

const port = Number(process.env.MHUB_E2E_PORT);

/** A raw request, so that the Host header is the attacker's choice. */
function rawPost(path: string, headers: Record<string, string>, body: string): Promise<number> {
	return new Promise((resolve, reject) => {
		const req = http.request({ host: '127.0.0.1', port, path, method: 'POST', headers }, (res) => {
			res.resume();
			res.on('end', () => resolve(res.statusCode ?? 0));
		});
		req.on('error', reject);
		req.end(body);
	});
}

/** Every CSP violation the page reports, from the browser's event and from its console. */
function recordViolations(page: Page): string[] {
	const violations: string[] = [];
	page.on('console', (message) => {
		if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
	});
	page.on('pageerror', (error) => violations.push(error.message));
	void page.exposeFunction('reportViolation', (text: string) => violations.push(text));
	void page.addInitScript(() => {
		document.addEventListener('securitypolicyviolation', (event) => {
			const report = (window as unknown as { reportViolation: (text: string) => void }).reportViolation;
			report(`${event.violatedDirective} blocked ${event.blockedURI || 'inline'} (${event.sample})`);
		});
	});
	return violations;
}

test('pages refuse framing and sniffing, keep addresses to themselves, and ignore forged proxy headers', async ({
	request
}) => {
	const response = await request.get('/', { headers: { 'x-forwarded-proto': 'https' } });
	const headers = response.headers();
	expect(headers['content-security-policy']).toContain("frame-ancestors 'none'");
	expect(headers['x-frame-options']).toBe('DENY');
	expect(headers['x-content-type-options']).toBe('nosniff');
	expect(headers['referrer-policy']).toBe('same-origin');
	// The request claimed https, but nobody trusted said so: this is plain http, and no HSTS.
	expect(headers['strict-transport-security']).toBeUndefined();
	expect(headers['cache-control'] ?? '').not.toContain('no-store');
});

test('what a signed-in person sees is kept out of caches', async ({ page }) => {
	await signIn(page, demo.coordinator);
	for (const path of ['/account', '/programmes', '/']) {
		const response = await page.goto(path);
		expect(response?.headers()['cache-control'], path).toBe('no-store');
	}
});

test('no page breaks its own content security policy', async ({ page }) => {
	const violations = recordViolations(page);
	for (const path of ['/', '/sign-in', '/forgot-password', '/certificates', '/api/v1/docs']) {
		await page.goto(path);
		await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
	}
	await signIn(page, demo.admin);
	for (const path of [
		'/',
		'/directory',
		'/programmes',
		'/events',
		'/surveys',
		'/delphi',
		'/admin',
		'/admin/outbox',
		'/account'
	]) {
		await page.goto(path);
		await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
	}
	expect(violations).toEqual([]);
});

test('a sign-in asked to return to another site lands on the home page', async ({ page, baseURL }) => {
	await page.goto('/sign-in?redirectTo=' + encodeURIComponent('/\\evil.example'));
	await page.getByLabel('Email').fill(demo.trainer);
	await page.getByLabel('Password').fill('mhub-demo-2026');
	await page.getByRole('button', { name: 'Sign in' }).click();
	await expect(page.getByRole('button', { name: 'Sign out' })).toBeVisible();
	expect(page.url()).toBe(`${baseURL}/`);

	// The language switch follows the same rule.
	for (const target of ['/\\evil.example', '//evil.example', 'https://evil.example/']) {
		const response = await page.request.post('/language', {
			form: { locale: 'en', redirectTo: target },
			headers: { origin: baseURL! },
			maxRedirects: 0
		});
		expect(response.status(), target).toBe(303);
		expect(response.headers()['location'], target).toBe('/');
	}
});

test('a password-reset mail links to MHub, not to the host the request named', async ({ page, baseURL }) => {
	const status = await rawPost(
		'/forgot-password',
		{
			host: 'evil.example',
			origin: 'http://evil.example',
			'x-forwarded-host': 'evil.example',
			'content-type': 'application/x-www-form-urlencoded'
		},
		new URLSearchParams({ email: demo.focalMalta }).toString()
	);
	expect(status).toBe(200);

	await signIn(page, demo.admin);
	await page.goto('/admin/outbox');
	const mail = page.getByRole('article').filter({ hasText: demo.focalMalta }).first();
	const text = (await mail.textContent())!;
	expect(text).not.toContain('evil.example');
	expect(text).toContain(`${baseURL}/reset-password?token=`);
});
