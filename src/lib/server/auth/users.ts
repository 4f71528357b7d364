// Accounts: creating users with a password, loading who is asking, listing users for administrators.
import { randomUUID } from 'node:crypto';
import { asc, eq, sql, type SQL } from 'drizzle-orm';
import { db, type DbOrTx } from '../db/client.js';
import { preparedSql } from '../db/prepared.js';
import { account, apiToken, roleGrant, session, user } from '../db/schema/auth.js';
import { DomainError } from '../errors.js';
import { scopeOf, type Actor, type Grant, type UserActor } from './actor.js';
import { authorize } from './authorize.js';
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

/** One row per role grant of the user (one row with no role when they hold none). */
type ActorRow = {
	user_id: string;
	name: string;
	email: string;
	role: Grant['role'] | null;
	programme_id: string | null;
	country_codes: string[] | null;
};

function actorFromRows(rows: ActorRow[]): UserActor | undefined {
	if (rows.length === 0) return undefined;
	const grants: Grant[] = rows.flatMap((row) =>
		row.role
			? [
					{
						role: row.role,
						scope: scopeOf({ programmeId: row.programme_id, countryCodes: row.country_codes })
					}
				]
			: []
	);
	const [{ user_id: userId, name, email }] = rows;
	return { kind: 'user', userId, name, email, grants };
}

// Every request of a signed-in user runs one of these: prepared once, no query building per request.
const actorColumns = sql`u.id as user_id, u.name, u.email, g.role, g.programme_id, g.country_codes`;
const grantsJoin = sql`left join ${roleGrant} g on g.user_id = u.id`;

const actorOfUser = preparedSql<ActorRow>(sql`
	select ${actorColumns} from ${user} u ${grantsJoin}
	where u.id = ${sql.placeholder('userId')} order by g.created_at`);

/**
 * The session must still exist and be unexpired in the database: signing out, a password reset
 * (which deletes the user's sessions) or a deleted account take effect at the next request, even
 * while the browser still holds better-auth's signed session cache cookie.
 */
const actorOfSession = preparedSql<ActorRow>(sql`
	select ${actorColumns} from ${session} s join ${user} u on u.id = s.user_id ${grantsJoin}
	where s.token = ${sql.placeholder('token')} and s.expires_at > now() order by g.created_at`);

/** A bearer token's use is recorded (`last_used_at`) in the statement that finds its actor. */
const actorOfApiToken = preparedSql<ActorRow>(sql`
	with used as (
		update ${apiToken} set last_used_at = now()
		where token_hash = ${sql.placeholder('tokenHash')} and revoked_at is null
		returning user_id)
	select ${actorColumns} from used join ${user} u on u.id = used.user_id ${grantsJoin}
	order by g.created_at`);

/** The actor for a signed-in user: their name and every role grant. */
export async function loadActor(userId: string): Promise<UserActor | undefined> {
	return actorFromRows(await actorOfUser({ userId }));
}

/** The actor behind a live session (by its token), in one statement; undefined once it has ended. */
export async function loadSessionActor(token: string): Promise<UserActor | undefined> {
	return actorFromRows(await actorOfSession({ token }));
}

/** The actor behind an unrevoked API token (by its hash), in one statement. */
export async function loadApiTokenActor(tokenHash: string): Promise<UserActor | undefined> {
	return actorFromRows(await actorOfApiToken({ tokenHash }));
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
	authorize(actor, 'manage', 'account');
	return usersWithGrants();
}

export async function getUserWithGrants(actor: Actor, userId: string): Promise<UserWithGrants> {
	authorize(actor, 'manage', 'account');
	const [found] = await usersWithGrants(eq(user.id, userId));
	if (!found) throw new DomainError('not_found', 'no such user');
	return found;
}
