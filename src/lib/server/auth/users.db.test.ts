import { describe, expect, it } from 'vitest';
import { db } from '../db/client.js';
import { roleGrant } from '../db/schema/auth.js';
import { useTestDatabase } from '../testing/database.js';
import { createUserWithPassword, loadActor } from './users.js';
import { DomainError } from '../errors.js';

useTestDatabase();

describe('accounts', () => {
	it('creates a user and loads their grants as an actor', async () => {
		const userId = await createUserWithPassword(db(), {
			email: 'Eleni@Example.org',
			name: 'Eleni',
			password: 'long enough password'
		});
		await db()
			.insert(roleGrant)
			.values({ userId, role: 'country_focal_point', countryCodes: ['GR'] });
		const actor = await loadActor(userId);
		expect(actor).toMatchObject({
			kind: 'user',
			email: 'eleni@example.org',
			grants: [{ role: 'country_focal_point', scope: { kind: 'countries', countryCodes: ['GR'] } }]
		});
	});

	it('refuses a second account with the same email', async () => {
		await createUserWithPassword(db(), {
			email: 'dup@example.org',
			name: 'A',
			password: 'long enough password'
		});
		await expect(
			createUserWithPassword(db(), { email: 'DUP@example.org', name: 'B', password: 'long enough password' })
		).rejects.toMatchObject({
			code: 'conflict',
			fields: { email: ['email_taken'] }
		} satisfies Partial<DomainError>);
	});

	it('refuses a focal point grant without countries (a database constraint)', async () => {
		const userId = await createUserWithPassword(db(), {
			email: 'x@example.org',
			name: 'X',
			password: 'long enough password'
		});
		await expect(
			db().insert(roleGrant).values({ userId, role: 'country_focal_point' })
		).rejects.toMatchObject({
			cause: { constraint: 'role_grant_focal_point_countries' }
		});
	});
});
