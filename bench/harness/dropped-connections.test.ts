import { describe, expect, it } from 'vitest';
import { bytesBeforeCut, serialise, type RawRequest } from './dropped-connections.js';

const post: RawRequest = {
	method: 'POST',
	path: '/api/v1/organisations',
	headers: { 'content-type': 'application/json' },
	body: '{"name":{"en":"Réseau"}}'
};

describe('a request on the wire', () => {
	it('names the host and, with a body, its length in bytes (not characters)', () => {
		const { head, body } = serialise(post, '127.0.0.1:4000');
		expect(head).toBe(
			'POST /api/v1/organisations HTTP/1.1\r\nhost: 127.0.0.1:4000\r\ncontent-type: application/json\r\n' +
				'content-length: 25\r\n\r\n'
		);
		expect(body).toBe(post.body);
	});

	it('has no content-length without a body', () => {
		const { head } = serialise({ method: 'GET', path: '/', headers: {} }, 'h');
		expect(head).toBe('GET / HTTP/1.1\r\nhost: h\r\n\r\n');
	});
});

describe('hanging up', () => {
	const wire = serialise(post, 'h');

	it('half way through the headers sends less than the head', () => {
		const sent = bytesBeforeCut(wire, 'mid-headers');
		expect(wire.head.startsWith(sent)).toBe(true);
		expect(sent.length).toBeLessThan(wire.head.length);
		expect(sent).not.toContain('\r\n\r\n');
	});

	it('half way through the body sends the head and part of the body', () => {
		const sent = bytesBeforeCut(wire, 'mid-body');
		expect(sent.startsWith(wire.head)).toBe(true);
		expect(sent.length).toBeGreaterThan(wire.head.length);
		expect(sent.length).toBeLessThan(wire.head.length + wire.body.length);
	});

	it('after the request, or during the answer, sends all of it', () => {
		expect(bytesBeforeCut(wire, 'after-request')).toBe(wire.head + wire.body);
		expect(bytesBeforeCut(wire, 'mid-response')).toBe(wire.head + wire.body);
	});
});
