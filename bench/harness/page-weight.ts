// Page weight on first load: what a browser with an empty cache downloads to show a page, counted
// the way DevTools counts "transferred" (compressed bodies plus headers), in Debian's Chromium.
import { existsSync } from 'node:fs';
import { chromium, type Browser } from '@playwright/test';

/** Each request of the load, with the bytes its answer took on the wire (0 if it failed). */
export type Resource = { url: string; bytes: number };

export type PageWeight = { bytes: number; requests: number; resources: Resource[] };

export type BrowserCookie = { name: string; value: string };

const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export async function openBrowser(): Promise<Browser> {
	if (!existsSync(chromiumPath)) {
		throw new Error(
			`no Chromium at ${chromiumPath}: install it (apt-get install chromium) or set CHROMIUM_PATH`
		);
	}
	return chromium.launch({
		executablePath: chromiumPath,
		args: [
			'--headless',
			'--no-sandbox',
			'--disable-gpu',
			'--disable-quic',
			'--no-first-run',
			'--disable-background-networking',
			'--disable-component-update',
			'--disable-sync'
		]
	});
}

/**
 * Loads `url` in a fresh browser context (nothing cached) and waits until the network has been quiet
 * for half a second, so that scripts, styles and fonts the page asks for are all counted.
 */
export async function measurePageWeight(
	browser: Browser,
	url: string,
	cookies: readonly BrowserCookie[] = []
): Promise<PageWeight> {
	const context = await browser.newContext();
	try {
		if (cookies.length) await context.addCookies(cookies.map((cookie) => ({ ...cookie, url })));
		const page = await context.newPage();
		const network = await context.newCDPSession(page);
		const resources: Resource[] = [];
		const byRequestId = new Map<string, Resource>();
		network.on('Network.requestWillBeSent', (event) => {
			// data: URLs are part of a file already counted; each redirect is a request of its own.
			if (event.request.url.startsWith('data:')) return;
			const resource = { url: event.request.url, bytes: 0 };
			resources.push(resource);
			byRequestId.set(event.requestId, resource);
		});
		network.on('Network.loadingFinished', (event) => {
			const resource = byRequestId.get(event.requestId);
			if (resource) resource.bytes = event.encodedDataLength;
		});
		await network.send('Network.enable');
		const response = await page.goto(url, { waitUntil: 'networkidle' });
		if (!response?.ok()) throw new Error(`${url} answered ${response?.status() ?? 'nothing'}`);
		if (page.url() !== url) throw new Error(`${url} led to ${page.url()} (signed out?)`);
		const bytes = resources.reduce((sum, resource) => sum + resource.bytes, 0);
		return { bytes, requests: resources.length, resources };
	} finally {
		await context.close();
	}
}
