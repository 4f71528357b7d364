import { describe, expect, it } from 'vitest';
import * as collection from '../../../routes/api/v1/countries/+server.js';
import * as record from '../../../routes/api/v1/countries/[code]/+server.js';
import { useTestDatabase } from '../testing/database.js';
import { CountrySchema } from './countries.js';
import { itemEnvelope, pageEnvelope } from './envelopes.js';
import { send } from '../testing/api.js';

useTestDatabase();

describe('GET /api/v1/countries', () => {
	it('lists countries to the public, one page at a time, in the documented shape', async () => {
		const answer = await send(collection.GET, { path: '/countries?pageSize=5' });
		expect(answer.status).toBe(200);
		expect(pageEnvelope(CountrySchema).parse(answer.body)).toEqual(answer.body);
		expect(answer.body).toMatchObject({ page: 1, pageSize: 5 });
		expect(answer.body.data).toHaveLength(5);
		expect(answer.body.total).toBeGreaterThan(5);
	});

	it('refuses an invalid query with 400 and says which parameter is wrong', async () => {
		const answer = await send(collection.GET, { path: '/countries?pageSize=-3' });
		expect(answer.status).toBe(400);
		expect(answer.body.error).toMatchObject({ code: 'invalid', fields: { pageSize: expect.any(Array) } });
	});

	it('refuses a search with control characters (a NUL) with 400 and the field, not a 500', async () => {
		for (const q of ['%00', 'gr%00', 'gr%01ce']) {
			const answer = await send(collection.GET, { path: `/countries?q=${q}` });
			expect(answer.status).toBe(400);
			expect(answer.body.error).toMatchObject({ code: 'invalid', fields: { q: ['control_characters'] } });
		}
	});

	it('answers methods it does not serve with a JSON 405', async () => {
		const answer = await send(collection.fallback, { method: 'POST', path: '/countries', body: {} });
		expect(answer.status).toBe(405);
		expect(answer.headers.get('allow')).toBe('GET');
	});
});

describe('GET /api/v1/countries/{code}', () => {
	it('answers one country with its names in every language, whatever the case of the code', async () => {
		const answer = await send(record.GET, { path: '/countries/gr', params: { code: 'gr' } });
		expect(answer.status).toBe(200);
		expect(itemEnvelope(CountrySchema).parse(answer.body)).toEqual(answer.body);
		expect(answer.body.data).toMatchObject({ code: 'GR', name: { en: 'Greece', fr: 'Grèce' } });
		expect(answer.body.data.name.ar).toMatch(/[\u0600-\u06FF]/);
	});

	it('answers 404 for a code no country has, and for something that is not a code', async () => {
		for (const code of ['QQ', 'GRC']) {
			const answer = await send(record.GET, { path: `/countries/${code}`, params: { code } });
			expect(answer.status).toBe(404);
			expect(answer.body.error.code).toBe('not_found');
		}
	});
});
