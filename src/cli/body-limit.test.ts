import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { defaultBodyLimit, isUploadAction, refuseOversizedBody } from './body-limit.js';

let server: http.Server;
let url: string;
/** Bodies the application behind received, by path. */
const received: string[] = [];

beforeAll(async () => {
	server = http.createServer((req, res) => {
		if (refuseOversizedBody(req, res)) return;
		req.resume();
		req.on('end', () => {
			received.push(req.url ?? '');
			res.end('ok');
		});
	});
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

const post = (target: string, body: BodyInit, init: RequestInit = {}) =>
	fetch(url + target, { method: 'POST', body, ...init, duplex: 'half' } as RequestInit);
const megabyte = () => new Uint8Array(1024 * 1024);

describe('request body limits', () => {
	it('refuse a large body on an ordinary form, with a page in three languages, before reading it', async () => {
		const response = await post('/sign-in?/signIn', megabyte());
		expect(response.status).toBe(413);
		const page = await response.text();
		expect(page).toContain('This request is too large');
		expect(page).toContain('trop volumineuse');
		expect(page).toContain('كبير جدًا');
		expect(received).not.toContain('/sign-in?/signIn');
	});

	it('let a large body through only to the form actions that take files', async () => {
		expect((await post('/surveys/import?/check', megabyte())).status).toBe(200);
		expect((await post('/events/1/participants?/preview', megabyte())).status).toBe(200);
		expect((await post('/packages/1/sessions/2?/addFile', megabyte())).status).toBe(200);
		expect((await post('/packages/1/sessions/2?/update', megabyte())).status).toBe(413);
		expect((await post('/api/v1/organisations', megabyte())).status).toBe(413);
	});

	it('let small bodies through everywhere, and refuse a body of unknown length off the upload routes', async () => {
		expect((await post('/sign-in', new Uint8Array(defaultBodyLimit))).status).toBe(200);
		const stream = () =>
			new ReadableStream({
				start(controller) {
					controller.enqueue(new TextEncoder().encode('a=1'));
					controller.close();
				}
			});
		expect((await post('/sign-in', stream())).status).toBe(411);
		expect((await post('/surveys/import?/check', stream())).status).toBe(200);
	});

	it('recognise upload actions by path and action name only', () => {
		expect(isUploadAction('/surveys/import?/check')).toBe(true);
		expect(isUploadAction('/surveys/import?/create')).toBe(true);
		expect(isUploadAction('/surveys/import')).toBe(false);
		expect(isUploadAction('/surveys/import/x?/check')).toBe(false);
		expect(isUploadAction('/events/a/b/participants?/preview')).toBe(false);
		expect(isUploadAction('/events/a/evaluation/b/scores/import?/upload')).toBe(true);
		expect(isUploadAction('/events/a/evaluation/b/scores?/upload')).toBe(false);
	});
});
