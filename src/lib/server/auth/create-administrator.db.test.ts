import { describe, expect, it } from 'vitest';
import { useTestDatabase } from '../testing/database.js';
import { createAdministrator } from './create-administrator.js';
import { loadActor } from './users.js';

useTestDatabase();

describe('createAdministrator', () => {
	it('creates an account with the platform-wide administrator role', async () => {
		const userId = await createAdministrator({
			email: 'Head@Example.org',
			name: 'Head',
			password: 'a long password'
		});
		expect(await loadActor(userId)).toMatchObject({
			email: 'head@example.org',
			grants: [{ role: 'administrator', scope: { kind: 'platform' } }]
		});
	});

	it('refuses bad input field by field and an email already taken', async () => {
		await expect(createAdministrator({ email: 'nope', name: '', password: 'short' })).rejects.toMatchObject({
			code: 'invalid',
			fields: { email: ['invalid_email'], name: ['required'], password: ['password_too_short'] }
		});
		await createAdministrator({ email: 'once@example.org', name: 'Once', password: 'a long password' });
		await expect(
			createAdministrator({ email: 'once@example.org', name: 'Twice', password: 'a long password' })
		).rejects.toMatchObject({ code: 'conflict' });
	});
});
