// Personal API tokens: a user makes tokens that act as themselves, with the same permissions.
import { and, desc, eq, isNull } from 'drizzle-orm';
import { ApiTokenCreateSchema } from '../../auth/schemas.js';
import { db } from '../db/client.js';
import { apiToken } from '../db/schema/auth.js';
import { DomainError } from '../errors.js';
import { assertRecordId, parseInput, type FieldsOf } from '../validate.js';
import type { Actor, UserActor } from './actor.js';
import { assertUser } from './authorize.js';
import { hashSecret, newSecret } from './tokens.js';
import { loadApiTokenActor } from './users.js';

export const apiTokenPrefix = 'mhub_';

/** Returns the token itself: it is shown once and never stored. */
export async function createApiToken(
	actor: Actor,
	input: FieldsOf<typeof ApiTokenCreateSchema>
): Promise<{ id: string; token: string }> {
	assertUser(actor);
	const { name } = parseInput(ApiTokenCreateSchema, input);
	const token = newSecret(apiTokenPrefix);
	const [row] = await db()
		.insert(apiToken)
		.values({ userId: actor.userId, name, tokenHash: hashSecret(token), tokenPrefix: token.slice(0, 12) })
		.returning({ id: apiToken.id });
	return { id: row.id, token };
}

export async function listApiTokens(actor: Actor) {
	assertUser(actor);
	return db()
		.select({
			id: apiToken.id,
			name: apiToken.name,
			tokenPrefix: apiToken.tokenPrefix,
			createdAt: apiToken.createdAt,
			lastUsedAt: apiToken.lastUsedAt
		})
		.from(apiToken)
		.where(and(eq(apiToken.userId, actor.userId), isNull(apiToken.revokedAt)))
		.orderBy(desc(apiToken.createdAt));
}

export async function revokeApiToken(actor: Actor, tokenId: string): Promise<void> {
	assertUser(actor);
	assertRecordId(tokenId, 'token');
	const revoked = await db()
		.update(apiToken)
		.set({ revokedAt: new Date() })
		.where(and(eq(apiToken.id, tokenId), eq(apiToken.userId, actor.userId), isNull(apiToken.revokedAt)))
		.returning({ id: apiToken.id });
	if (revoked.length === 0) throw new DomainError('not_found', 'no such token');
}

/** The actor behind a bearer token, or undefined when it is unknown or revoked. */
export async function actorForApiToken(token: string): Promise<UserActor | undefined> {
	if (!token.startsWith(apiTokenPrefix)) return undefined;
	return loadApiTokenActor(hashSecret(token));
}
