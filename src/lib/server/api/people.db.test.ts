import { beforeAll, describe, expect, it } from 'vitest';
import * as collection from '../../../routes/api/v1/people/+server.js';
import * as record from '../../../routes/api/v1/people/[id]/+server.js';
import * as archive from '../../../routes/api/v1/people/[id]/archive/+server.js';
import type { UserActor } from '../auth/actor.js';
import { person } from '../db/schema/directory.js';
import { useTestDatabase } from '../testing/database.js';
import { countRows } from '../testing/fixtures.js';
import { itemEnvelope, pageEnvelope } from './envelopes.js';
import { PersonSchema } from './people.js';
import { actorWithRole, send } from '../testing/api.js';

useTestDatabase();

let admin: UserActor;
let greekFocalPoint: UserActor;
let greekNurse: { id: string };
let malteseDoctor: { id: string };

const create = (actor: UserActor, body: unknown) =>
	send(collection.POST, { method: 'POST', path: '/people', actor, body });
const get = (id: string, actor: UserActor) =>
	send(record.GET, { path: `/people/${id}`, params: { id }, actor });
const storedCount = () => countRows(person);

beforeAll(async () => {
	admin = await actorWithRole('administrator');
	greekFocalPoint = await actorWithRole('country_focal_point', ['GR']);
	const greek = await create(greekFocalPoint, {
		fullName: 'Eleni Markou',
		countryCodes: ['GR'],
		profession: 'nurse'
	});
	const maltese = await create(admin, {
		fullName: 'Joseph Camilleri',
		countryCodes: ['MT'],
		profession: 'physician'
	});
	expect([greek.status, maltese.status]).toEqual([201, 201]);
	greekNurse = greek.body.data;
	malteseDoctor = maltese.body.data;
});

describe('people through the API', () => {
	it('creates a person in the documented shape, where the Location header says', async () => {
		const answer = await create(greekFocalPoint, {
			fullName: 'Nikos Pappas',
			email: 'nikos.pappas@example.org',
			countryCodes: ['GR'],
			profession: 'psychologist',
			expertise: ['mental_health', 'psychosocial_support']
		});
		expect(answer.status).toBe(201);
		expect(itemEnvelope(PersonSchema).parse(answer.body)).toEqual(answer.body);
		expect(answer.body.data).toMatchObject({
			fullName: 'Nikos Pappas',
			countryCodes: ['GR'],
			expertise: ['mental_health', 'psychosocial_support']
		});
		expect(answer.headers.get('location')).toBe(`/api/v1/people/${answer.body.data.id}`);
	});

	it('refuses an invalid person with 400 and field errors, and saves nothing', async () => {
		const before = await storedCount();
		const answer = await create(admin, { fullName: '', countryCodes: ['GR'], profession: 'astronaut' });
		expect(answer.status).toBe(400);
		expect(Object.keys(answer.body.error.fields)).toEqual(expect.arrayContaining(['fullName', 'profession']));
		expect(await storedCount()).toBe(before);
	});

	it('refuses a body that is not an object with 400, as a whole', async () => {
		for (const body of ['"Nikos Pappas"', '42', 'null']) {
			const answer = await create(admin, body);
			expect(answer.status, body).toBe(400);
			expect(Object.keys(answer.body.error.fields), body).toEqual(['_']);
		}
	});

	it('refuses a Greek focal point a Maltese person with 403', async () => {
		const answer = await get(malteseDoctor.id, greekFocalPoint);
		expect(answer.status).toBe(403);
		expect(answer.body.error.code).toBe('forbidden');
		expect(JSON.stringify(answer.body)).not.toContain('Camilleri');
		expect((await get(greekNurse.id, greekFocalPoint)).status).toBe(200);
	});

	it("lists only the people of a focal point's countries", async () => {
		const answer = await send(collection.GET, { path: '/people?pageSize=100', actor: greekFocalPoint });
		expect(answer.status).toBe(200);
		expect(pageEnvelope(PersonSchema).parse(answer.body)).toEqual(answer.body);
		const ids = answer.body.data.map((row: { id: string }) => row.id);
		expect(ids).toContain(greekNurse.id);
		expect(ids).not.toContain(malteseDoctor.id);
		expect(answer.body.total).toBe(ids.length);
	});

	it('updates the fields sent, then archives the person', async () => {
		const id = greekNurse.id;
		const patched = await send(record.PATCH, {
			method: 'PATCH',
			path: `/people/${id}`,
			params: { id },
			actor: greekFocalPoint,
			body: { jobTitle: 'Head nurse' }
		});
		expect(patched.status).toBe(200);
		expect(patched.body.data).toMatchObject({ jobTitle: 'Head nurse', fullName: 'Eleni Markou' });

		const archived = await send(archive.POST, {
			method: 'POST',
			path: `/people/${id}/archive`,
			params: { id },
			actor: greekFocalPoint
		});
		expect(archived.status).toBe(200);
		expect(archived.body.data.archivedAt).toEqual(expect.any(String));
	});
});
