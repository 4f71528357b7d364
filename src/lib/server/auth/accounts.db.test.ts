// Administrators invite people and grant roles with scopes; everyone manages their own API tokens.
import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { db } from '../db/client.js';
import { roleGrant, user } from '../db/schema/auth.js';
import { programme } from '../db/schema/programmes.js';
import { mailMessage } from '../db/schema/system.js';
import { useTestDatabase } from '../testing/database.js';
import { plainMail } from '../testing/fixtures.js';
import { publicActor, type UserActor } from './actor.js';
import { actorForApiToken, createApiToken, listApiTokens, revokeApiToken } from './api-tokens.js';
import { grantRole, revokeGrant } from './grants.js';
import { acceptInvitation, findInvitation, inviteUser } from './invitations.js';
import { createUserWithPassword, getUserWithGrants, listUsers, loadActor } from './users.js';

useTestDatabase();

let counter = 0;
async function newUser(name: string, grants: { role: UserActor['grants'][number]['role'] }[] = []) {
	const email = `${name.toLowerCase()}-${++counter}@example.org`;
	const userId = await createUserWithPassword(db(), { email, name, password: 'a long password' });
	for (const { role } of grants) await db().insert(roleGrant).values({ userId, role });
	return (await loadActor(userId))!;
}
const mail = plainMail('Invitation');
const linkFor = (token: string) => `http://mhub.test/invitation?token=${token}`;

async function invitationToken(email: string): Promise<string> {
	const [sent] = await db().select().from(mailMessage).where(eq(mailMessage.toAddress, email));
	return sent.textBody.split('token=')[1];
}

describe('granting roles', () => {
	it('gives a focal point their countries and takes the role back', async () => {
		const admin = await newUser('Ada', [{ role: 'administrator' }]);
		const nikos = await newUser('Nikos');
		const grantId = await grantRole(admin, nikos.userId, {
			role: 'country_focal_point',
			scope: { kind: 'countries', countryCodes: ['mt', 'GR'] }
		});
		expect((await loadActor(nikos.userId))!.grants).toEqual([
			{ role: 'country_focal_point', scope: { kind: 'countries', countryCodes: ['GR', 'MT'] } }
		]);
		const listed = await getUserWithGrants(admin, nikos.userId);
		expect(listed.grants).toEqual([
			{ id: grantId, role: 'country_focal_point', scope: { kind: 'countries', countryCodes: ['GR', 'MT'] } }
		]);
		expect((await listUsers(admin)).map((row) => row.id)).toContain(nikos.userId);

		await revokeGrant(admin, nikos.userId, grantId);
		expect((await loadActor(nikos.userId))!.grants).toEqual([]);
		await expect(revokeGrant(admin, nikos.userId, grantId)).rejects.toMatchObject({ code: 'not_found' });
		await expect(revokeGrant(admin, nikos.userId, 'not-a-uuid')).rejects.toMatchObject({ code: 'not_found' });
	});

	it('refuses grants that do not fit the roles table, field by field', async () => {
		const admin = await newUser('Ada', [{ role: 'administrator' }]);
		const target = await newUser('Target');
		const refusals: [Parameters<typeof grantRole>[2], Record<string, string[]>][] = [
			[
				{ role: 'administrator', scope: { kind: 'countries', countryCodes: ['GR'] } },
				{ scope: ['administrator_platform_only'] }
			],
			[
				{ role: 'country_focal_point', scope: { kind: 'platform' } },
				{ scope: ['focal_point_needs_countries'] }
			],
			[
				{ role: 'trainer', scope: { kind: 'countries', countryCodes: ['XX'] } },
				{ 'scope.countryCodes': ['invalid_country'] }
			],
			[
				{
					role: 'programme_coordinator',
					scope: { kind: 'programme', programmeId: '3f2b8c1e-6d4a-4b7e-9a1c-2e5f8d7b6a90' }
				},
				{ 'scope.programmeId': ['invalid_programme'] }
			],
			[{ role: 'king', scope: { kind: 'platform' } }, { role: ['choose_a_role'] }]
		];
		for (const [input, fields] of refusals) {
			await expect(grantRole(admin, target.userId, input)).rejects.toMatchObject({ code: 'invalid', fields });
		}
		expect((await loadActor(target.userId))!.grants).toEqual([]);
	});

	it('gives a coordinator one programme', async () => {
		const admin = await newUser('Ada', [{ role: 'administrator' }]);
		const cora = await newUser('Cora');
		const [{ id: programmeId }] = await db()
			.insert(programme)
			.values({ name: { en: 'A programme' }, startsOn: '2027-01-01', endsOn: '2027-12-31' })
			.returning({ id: programme.id });
		await grantRole(admin, cora.userId, {
			role: 'programme_coordinator',
			scope: { kind: 'programme', programmeId }
		});
		expect((await loadActor(cora.userId))!.grants).toEqual([
			{ role: 'programme_coordinator', scope: { kind: 'programme', programmeId } }
		]);
	});

	it('lets only administrators see accounts and change roles', async () => {
		const coordinator = await newUser('Cora', [{ role: 'programme_coordinator' }]);
		const target = await newUser('Target');
		const grant = { role: 'trainer', scope: { kind: 'platform' } };
		await expect(grantRole(coordinator, target.userId, grant)).rejects.toMatchObject({ code: 'forbidden' });
		await expect(grantRole(publicActor, target.userId, grant)).rejects.toMatchObject({
			code: 'unauthenticated'
		});
		await expect(listUsers(coordinator)).rejects.toMatchObject({ code: 'forbidden' });
		await expect(getUserWithGrants(coordinator, target.userId)).rejects.toMatchObject({ code: 'forbidden' });
	});
});

describe('invitations', () => {
	it('mails a link; accepting it creates the account with the invited role, once', async () => {
		const admin = await newUser('Ada', [{ role: 'administrator' }]);
		await inviteUser(
			admin,
			{
				email: 'Leila@Example.org',
				name: 'Leila',
				role: 'country_focal_point',
				scope: { kind: 'countries', countryCodes: ['MT'] }
			},
			linkFor,
			mail
		);
		const token = await invitationToken('leila@example.org');
		expect(await findInvitation(token)).toEqual({
			email: 'leila@example.org',
			name: 'Leila',
			role: 'country_focal_point',
			scope: { kind: 'countries', countryCodes: ['MT'] }
		});

		const { userId, email } = await acceptInvitation({
			token,
			name: 'Leila Haddad',
			password: 'a long password'
		});
		expect(email).toBe('leila@example.org');
		const leila = (await loadActor(userId))!;
		expect(leila).toMatchObject({ name: 'Leila Haddad', email: 'leila@example.org' });
		expect(leila.grants).toEqual([
			{ role: 'country_focal_point', scope: { kind: 'countries', countryCodes: ['MT'] } }
		]);

		expect(await findInvitation(token)).toBeUndefined();
		await expect(
			acceptInvitation({ token, name: 'Again', password: 'a long password' })
		).rejects.toMatchObject({
			code: 'gone'
		});
	});

	it('refuses to invite an existing account or with a bad grant, and sends nothing', async () => {
		const admin = await newUser('Ada', [{ role: 'administrator' }]);
		const existing = await newUser('Existing');
		await expect(
			inviteUser(
				admin,
				{ email: existing.email, name: 'X', role: 'trainer', scope: { kind: 'platform' } },
				linkFor,
				mail
			)
		).rejects.toMatchObject({ code: 'conflict', fields: { email: ['email_taken'] } });
		await expect(
			inviteUser(
				admin,
				{ email: 'new@example.org', name: '', role: 'country_focal_point', scope: { kind: 'platform' } },
				linkFor,
				mail
			)
		).rejects.toMatchObject({ code: 'invalid', fields: { name: ['required'] } });
		const sent = await db().select().from(mailMessage).where(eq(mailMessage.toAddress, 'new@example.org'));
		expect(sent).toEqual([]);
	});

	it('refuses a short password without using up the invitation', async () => {
		const admin = await newUser('Ada', [{ role: 'administrator' }]);
		await inviteUser(
			admin,
			{ email: 'sami@example.org', name: 'Sami', role: 'trainer', scope: { kind: 'platform' } },
			linkFor,
			mail
		);
		const token = await invitationToken('sami@example.org');
		await expect(acceptInvitation({ token, name: 'Sami', password: 'short' })).rejects.toMatchObject({
			fields: { password: ['password_too_short'] }
		});
		expect(await findInvitation(token)).toBeDefined();
		expect(await db().select().from(user).where(eq(user.email, 'sami@example.org'))).toEqual([]);
	});

	it('is for administrators only', async () => {
		const trainer = await newUser('Tom', [{ role: 'trainer' }]);
		await expect(
			inviteUser(
				trainer,
				{ email: 'z@example.org', name: 'Z', role: 'trainer', scope: { kind: 'platform' } },
				linkFor,
				mail
			)
		).rejects.toMatchObject({ code: 'forbidden' });
	});
});

describe('personal API tokens', () => {
	it('act as their owner until revoked, and are listed without the secret', async () => {
		const owner = await newUser('Owner', [{ role: 'trainer' }]);
		const { id, token } = await createApiToken(owner, { name: 'report script' });
		expect(token.startsWith('mhub_')).toBe(true);
		expect((await actorForApiToken(token))?.userId).toBe(owner.userId);

		const [listed] = await listApiTokens(owner);
		expect(listed).toMatchObject({ id, name: 'report script', tokenPrefix: token.slice(0, 12) });
		expect(listed.lastUsedAt).toBeInstanceOf(Date);
		expect(JSON.stringify(listed)).not.toContain(token);

		await revokeApiToken(owner, id);
		expect(await actorForApiToken(token)).toBeUndefined();
		expect(await listApiTokens(owner)).toEqual([]);
	});

	it("cannot revoke someone else's token, and refuses a token without a name", async () => {
		const owner = await newUser('Owner');
		const other = await newUser('Other');
		const { id, token } = await createApiToken(owner, { name: 'mine' });
		await expect(revokeApiToken(other, id)).rejects.toMatchObject({ code: 'not_found' });
		expect((await actorForApiToken(token))?.userId).toBe(owner.userId);
		await expect(createApiToken(owner, { name: '  ' })).rejects.toMatchObject({
			fields: { name: ['required'] }
		});
		await expect(createApiToken(publicActor, { name: 'x' })).rejects.toMatchObject({
			code: 'unauthenticated'
		});
	});
});
