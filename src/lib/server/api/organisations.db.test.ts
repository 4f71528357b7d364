import { beforeAll, describe, expect, it } from 'vitest';
import * as collection from '../../../routes/api/v1/organisations/+server.js';
import * as record from '../../../routes/api/v1/organisations/[id]/+server.js';
import * as archive from '../../../routes/api/v1/organisations/[id]/archive/+server.js';
import { publicActor, type UserActor } from '../auth/actor.js';
import { actorForApiToken, createApiToken, revokeApiToken } from '../auth/api-tokens.js';
import { organisation } from '../db/schema/directory.js';
import { useTestDatabase } from '../testing/database.js';
import { countRows } from '../testing/fixtures.js';
import { itemEnvelope, pageEnvelope } from './envelopes.js';
import { OrganisationSchema } from './organisations.js';
import { actorWithRole, send, type ApiRequest } from '../testing/api.js';

useTestDatabase();

let admin: UserActor;
let greekFocalPoint: UserActor;
let greek: { id: string };
let maltese: { id: string };

const create = (request: Omit<ApiRequest, 'path' | 'method'>) =>
	send(collection.POST, { ...request, method: 'POST', path: '/organisations' });
const get = (id: string, actor: UserActor | typeof publicActor) =>
	send(record.GET, { path: `/organisations/${id}`, params: { id }, actor });
const list = (actor: UserActor, query = '') =>
	send(collection.GET, { path: `/organisations${query}`, actor });
const storedCount = () => countRows(organisation);

beforeAll(async () => {
	admin = await actorWithRole('administrator');
	greekFocalPoint = await actorWithRole('country_focal_point', ['GR']);
	const created = await Promise.all([
		create({
			actor: admin,
			body: { name: { en: 'Greek Migrant Health Unit' }, type: 'ministry', countryCode: 'GR' }
		}),
		create({
			actor: admin,
			body: { name: { en: 'Maltese Migrant Health Unit' }, type: 'ministry', countryCode: 'MT' }
		})
	]);
	[greek, maltese] = created.map((answer) => {
		expect(answer.status).toBe(201);
		return answer.body.data;
	});
});

describe('POST /api/v1/organisations', () => {
	it('creates an organisation, answers 201 with it and where it lives', async () => {
		const answer = await create({
			actor: admin,
			body: {
				name: { en: 'Institute of Tropical Medicine', fr: 'Institut de médecine tropicale' },
				acronym: 'ITM',
				type: 'academic',
				countryCode: 'BE'
			}
		});
		expect(answer.status).toBe(201);
		expect(itemEnvelope(OrganisationSchema).parse(answer.body)).toEqual(answer.body);
		const { data } = answer.body;
		expect(data).toMatchObject({
			name: { en: 'Institute of Tropical Medicine', fr: 'Institut de médecine tropicale', ar: null },
			acronym: 'ITM',
			type: 'academic',
			countryCode: 'BE',
			archivedAt: null
		});
		expect(answer.headers.get('location')).toBe(`/api/v1/organisations/${data.id}`);
		expect((await get(data.id, admin)).body.data.acronym).toBe('ITM');
	});

	it('refuses an invalid body with 400 and field errors, and saves nothing', async () => {
		const before = await storedCount();
		const answer = await create({ actor: admin, body: { acronym: 'X', type: 'not-a-type' } });
		expect(answer.status).toBe(400);
		expect(answer.body.error.code).toBe('invalid');
		expect(Object.keys(answer.body.error.fields)).toEqual(expect.arrayContaining(['type']));
		expect(await storedCount()).toBe(before);
	});

	it('refuses a body that is not JSON with 415, and malformed JSON with 400', async () => {
		const before = await storedCount();
		const form = await create({
			actor: admin,
			body: 'name=x',
			headers: { 'content-type': 'application/x-www-form-urlencoded' }
		});
		expect(form.status).toBe(415);
		const malformed = await create({ actor: admin, body: '{"name": {"en": "x"' });
		expect(malformed.status).toBe(400);
		expect(malformed.body.error.code).toBe('malformed_json');
		expect(await storedCount()).toBe(before);
	});

	it("refuses a focal point creating another country's organisation, and saves nothing", async () => {
		const before = await storedCount();
		const answer = await create({
			actor: greekFocalPoint,
			body: { name: { en: 'Maltese NGO' }, type: 'ngo', countryCode: 'MT' }
		});
		expect(answer.status).toBe(403);
		expect(answer.body.error.code).toBe('forbidden');
		expect(await storedCount()).toBe(before);
	});
});

describe('GET /api/v1/organisations/{id}', () => {
	it('answers a focal point about an organisation of their country', async () => {
		const answer = await get(greek.id, greekFocalPoint);
		expect(answer.status).toBe(200);
		expect(answer.body.data).toMatchObject({ id: greek.id, countryCode: 'GR' });
		expect(answer.headers.get('cache-control')).toBe('no-store');
	});

	it('refuses a Greek focal point a Maltese record with 403 and a clear message', async () => {
		const answer = await get(maltese.id, greekFocalPoint);
		expect(answer.status).toBe(403);
		expect(answer.body.error.code).toBe('forbidden');
		expect(answer.body.error.message).toMatch(/^[A-Z].{10,}\.$/);
		expect(JSON.stringify(answer.body)).not.toContain('Maltese');
	});

	it('asks the public for credentials with 401', async () => {
		const answer = await get(greek.id, publicActor);
		expect(answer.status).toBe(401);
		expect(answer.headers.get('www-authenticate')).toBe('Bearer realm="MHub"');
	});

	it('answers 404 for an unknown id and for one that is not an id at all', async () => {
		expect((await get('7d3f5a2e-1b4c-4d6e-8f90-a1b2c3d4e5f6', admin)).status).toBe(404);
		expect((await get('42', admin)).status).toBe(404);
	});
});

describe('GET /api/v1/organisations', () => {
	it("lists only a focal point's countries, and counts only those", async () => {
		const answer = await list(greekFocalPoint, '?pageSize=100');
		expect(answer.status).toBe(200);
		expect(pageEnvelope(OrganisationSchema).parse(answer.body)).toEqual(answer.body);
		const ids = answer.body.data.map((row: { id: string }) => row.id);
		expect(ids).toContain(greek.id);
		expect(ids).not.toContain(maltese.id);
		// International organisations (no country) are readable by every focal point.
		const countries = new Set(answer.body.data.map((row: { countryCode: string | null }) => row.countryCode));
		expect([...countries].filter((code) => code !== null)).toEqual(['GR']);
		expect(answer.body.total).toBe(answer.body.data.length);
	});

	it('pages the list with page and pageSize', async () => {
		const first = await list(admin, '?pageSize=1&page=1');
		const second = await list(admin, '?pageSize=1&page=2');
		expect(first.body).toMatchObject({ page: 1, pageSize: 1 });
		expect(first.body.total).toBeGreaterThanOrEqual(2);
		expect(first.body.data).toHaveLength(1);
		expect(second.body.data[0].id).not.toBe(first.body.data[0].id);
	});

	it('refuses an invalid query with 400 and field errors', async () => {
		const answer = await list(admin, '?page=zero');
		expect(answer.status).toBe(400);
		expect(answer.body.error.fields).toHaveProperty('page');
	});
});

describe('PATCH and archive', () => {
	it('changes the fields sent and keeps the others', async () => {
		const id = greek.id;
		const answer = await send(record.PATCH, {
			method: 'PATCH',
			path: `/organisations/${id}`,
			params: { id },
			actor: greekFocalPoint,
			body: { website: 'https://example.gr' }
		});
		expect(answer.status).toBe(200);
		expect(answer.body.data).toMatchObject({
			website: 'https://example.gr',
			name: { en: 'Greek Migrant Health Unit' }
		});
	});

	it("refuses a focal point changing another country's record, and changes nothing", async () => {
		const id = maltese.id;
		const answer = await send(record.PATCH, {
			method: 'PATCH',
			path: `/organisations/${id}`,
			params: { id },
			actor: greekFocalPoint,
			body: { acronym: 'HACKED' }
		});
		expect(answer.status).toBe(403);
		expect((await get(id, admin)).body.data.acronym).not.toBe('HACKED');
	});

	it('archives an organisation', async () => {
		const { body } = await create({
			actor: admin,
			body: { name: { en: 'Short-lived network' }, type: 'network' }
		});
		const id = body.data.id;
		const answer = await send(archive.POST, {
			method: 'POST',
			path: `/organisations/${id}/archive`,
			params: { id },
			actor: admin
		});
		expect(answer.status).toBe(200);
		expect(answer.body.data.archivedAt).toEqual(expect.any(String));
	});
});

describe('personal API tokens', () => {
	it('act as their owner, and stop working once revoked', async () => {
		const { id, token } = await createApiToken(greekFocalPoint, { name: 'spreadsheet' });
		const asToken = async () => ({
			actor: (await actorForApiToken(token)) ?? publicActor,
			headers: { authorization: `Bearer ${token}` }
		});
		const answer = await send(collection.GET, { path: '/organisations', ...(await asToken()) });
		expect(answer.status).toBe(200);
		expect(answer.body.data.map((row: { id: string }) => row.id)).not.toContain(maltese.id);

		await revokeApiToken(greekFocalPoint, id);
		const revoked = await send(collection.GET, { path: '/organisations', ...(await asToken()) });
		expect(revoked.status).toBe(401);
		expect(revoked.body.error.code).toBe('invalid_token');
		expect(revoked.headers.get('www-authenticate')).toContain('error="invalid_token"');
	});
});
