// Accounts: creating users with a password, loading who is asking, listing users for administrators.
import { randomUUID } from 'node:crypto';
import { asc, eq, sql, type SQL } from 'drizzle-orm';
import { db, type DbOrTx } from '../db/client.js';
import { account, roleGrant, user } from '../db/schema/auth.js';
import { DomainError } from '../errors.js';
import { hasRole, scopeOf, type Actor, type Grant, type UserActor } from './actor.js';
import { assertCan } from './authorize.js';
import { hashPassword } from './passwords.js';

export async function createUserWithPassword(
	tx: DbOrTx,
	input: { email: string; name: string; password: string }
): Promise<string> {
	const email = input.email.trim().toLowerCase();
	const [existing] = await tx.select({ id: user.id }).from(user).where(eq(user.email, email));
	if (existing)
		throw new DomainError('conflict', 'an account with this email exists', {
			fields: { email: ['email_taken'] }
		});
	const id = randomUUID();
	await tx.insert(user).values({ id, email, name: input.name, emailVerified: true });
	await tx.insert(account).values({
		id: randomUUID(),
		accountId: id,
		providerId: 'credential',
		userId: id,
		password: await hashPassword(input.password)
	});
	return id;
}

export async function setPassword(tx: DbOrTx, userId: string, password: string): Promise<void> {
	const hashed = await hashPassword(password);
	const updated = await tx
		.update(account)
		.set({ password: hashed, updatedAt: new Date() })
		.where(sql`${account.userId} = ${userId} and ${account.providerId} = 'credential'`)
		.returning({ id: account.id });
	if (updated.length === 0) {
		await tx
			.insert(account)
			.values({ id: randomUUID(), accountId: userId, providerId: 'credential', userId, password: hashed });
	}
}

/** The actor for a signed-in user: their name and every role grant. */
export async function loadActor(userId: string): Promise<UserActor | undefined> {
	const rows = await db()
		.select({
			name: user.name,
			email: user.email,
			role: roleGrant.role,
			programmeId: roleGrant.programmeId,
			countryCodes: roleGrant.countryCodes
		})
		.from(user)
		.leftJoin(roleGrant, eq(roleGrant.userId, user.id))
		.where(eq(user.id, userId));
	if (rows.length === 0) return undefined;
	const grants: Grant[] = rows.flatMap((row) => (row.role ? [{ role: row.role, scope: scopeOf(row) }] : []));
	return { kind: 'user', userId, name: rows[0].name, email: rows[0].email, grants };
}

/** Accounts with their role grants, oldest grant first; `where` narrows to some users. */
function usersWithGrants(where?: SQL) {
	return db()
		.select({
			id: user.id,
			name: user.name,
			email: user.email,
			createdAt: user.createdAt,
			grants: sql<
				{ id: string; role: Grant['role']; programmeId: string | null; countryCodes: string[] | null }[]
			>`coalesce(json_agg(json_build_object('id', ${roleGrant.id}, 'role', ${roleGrant.role}, 'programmeId', ${roleGrant.programmeId}, 'countryCodes', ${roleGrant.countryCodes}) order by ${roleGrant.createdAt}) filter (where ${roleGrant.id} is not null), '[]')`
		})
		.from(user)
		.leftJoin(roleGrant, eq(roleGrant.userId, user.id))
		.where(where)
		.groupBy(user.id)
		.orderBy(asc(user.name))
		.then((rows) =>
			rows.map((row) => ({
				...row,
				grants: row.grants.map((g) => ({ id: g.id, role: g.role, scope: scopeOf(g) }))
			}))
		);
}

export type UserWithGrants = Awaited<ReturnType<typeof usersWithGrants>>[number];

export async function listUsers(actor: Actor): Promise<UserWithGrants[]> {
	assertCan(actor, hasRole(actor, 'administrator'), 'manage accounts');
	return usersWithGrants();
}

export async function getUserWithGrants(actor: Actor, userId: string): Promise<UserWithGrants> {
	assertCan(actor, hasRole(actor, 'administrator'), 'manage accounts');
	const [found] = await usersWithGrants(eq(user.id, userId));
	if (!found) throw new DomainError('not_found', 'no such user');
	return found;
}
