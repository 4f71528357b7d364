// Every operation of the API, asked by someone who may not use it: the public gets 401 (except for
// countries), an account without a directory role gets 403, and nothing is written.
import { count } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { publicActor, type Role, type UserActor } from '../auth/actor.js';
import { db } from '../db/client.js';
import { organisation, person } from '../db/schema/directory.js';
import { useTestDatabase } from '../testing/database.js';
import { serve } from './operation.js';
import { apiOperations } from './operations.js';
import { actorWithRole, send, type ApiRequest } from '../testing/api.js';

useTestDatabase();

const someId = '5b0e6f3c-2d1a-4c8b-9e7f-1a2b3c4d5e6f';
const examples: Record<string, string> = { id: someId, code: 'GR', number: '1' };
const requestFor = (operation: (typeof apiOperations)[number]): Omit<ApiRequest, 'actor'> => {
	const params = Object.fromEntries(
		[...operation.path.matchAll(/\{(\w+)\}/g)].map(([, name]) => [name, examples[name]])
	);
	return {
		method: operation.method,
		path: operation.path.replace(/\{(\w+)\}/g, (_, name: string) => examples[name]),
		params,
		body: operation.body?.example
	};
};
const records = async () =>
	(await db().select({ n: count() }).from(organisation))[0].n +
	(await db().select({ n: count() }).from(person))[0].n;

/** Trainers read the events they facilitate (evaluation.db.test.ts refuses them another's). */
const readsAnEvent = (operation: (typeof apiOperations)[number]) => operation.path.startsWith('/events/');

const rolesWithoutDirectory: Role[] = ['trainer', 'reviewer', 'panel_expert', 'participant'];
const actors = new Map<Role, UserActor>();

beforeAll(async () => {
	for (const role of rolesWithoutDirectory) actors.set(role, await actorWithRole(role));
});

describe('who may use each operation', () => {
	it.each(apiOperations.map((operation) => [operation.id, operation] as const))(
		'%s: the public is asked for credentials unless it reads countries',
		async (_id, operation) => {
			const answer = await send(serve(operation), { ...requestFor(operation), actor: publicActor });
			if (operation.tag === 'countries') expect(answer.status).toBe(200);
			else {
				expect(answer.status).toBe(401);
				expect(answer.headers.get('www-authenticate')).toBe('Bearer realm="MHub"');
			}
		}
	);

	it.each(
		apiOperations
			.filter((operation) => operation.access === 'signed_in')
			.flatMap((operation) =>
				rolesWithoutDirectory
					.filter((role) => !(role === 'trainer' && readsAnEvent(operation)))
					.map((role) => [operation.id, role, operation] as const)
			)
	)('%s: a %s is refused with 403 and nothing is written', async (_id, role, operation) => {
		const before = await records();
		const answer = await send(serve(operation), { ...requestFor(operation), actor: actors.get(role) });
		expect(answer.status).toBe(403);
		expect(answer.body.error.code).toBe('forbidden');
		expect(await records()).toBe(before);
	});

	it.each(apiOperations.filter(readsAnEvent).map((operation) => [operation.id, operation] as const))(
		'%s: a trainer learns only that no event has this id',
		async (_id, operation) => {
			const answer = await send(serve(operation), { ...requestFor(operation), actor: actors.get('trainer') });
			expect(answer.status).toBe(404);
		}
	);
});
