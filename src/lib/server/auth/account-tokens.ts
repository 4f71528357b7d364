// Single-use links sent by mail (invitations, password resets).
import { and, eq, isNull, sql } from 'drizzle-orm';
import type { DbOrTx } from '../db/client.js';
import { accountToken } from '../db/schema/auth.js';
import { DomainError } from '../errors.js';
import { hashSecret, newSecret } from './tokens.js';

type Kind = (typeof accountToken.$inferInsert)['kind'];
export type AccountTokenRow = typeof accountToken.$inferSelect;

export const tokenLifetimeHours: Record<Kind, number> = { invitation: 24 * 14, password_reset: 2 };

/** Stores a new token's hash and returns the secret to put in the link. */
export async function issueAccountToken(
	tx: DbOrTx,
	values: Omit<typeof accountToken.$inferInsert, 'tokenHash' | 'expiresAt'>
): Promise<string> {
	const secret = newSecret();
	const expiresAt = new Date(Date.now() + tokenLifetimeHours[values.kind] * 3_600_000);
	await tx.insert(accountToken).values({ ...values, tokenHash: hashSecret(secret), expiresAt });
	return secret;
}

/** The token's row if it is valid and unused; throws `gone` otherwise. Marks it used. */
export async function consumeAccountToken(tx: DbOrTx, kind: Kind, secret: string): Promise<AccountTokenRow> {
	const [row] = await tx
		.update(accountToken)
		.set({ usedAt: new Date() })
		.where(
			and(
				eq(accountToken.tokenHash, hashSecret(secret)),
				eq(accountToken.kind, kind),
				isNull(accountToken.usedAt),
				sql`${accountToken.expiresAt} > now()`
			)
		)
		.returning();
	if (!row)
		throw new DomainError('gone', 'this link is invalid, used or expired', {
			fields: { token: ['link_expired'] }
		});
	return row;
}

/** A valid, unused token's row (to show the form behind a link), or undefined. */
export async function findAccountToken(tx: DbOrTx, kind: Kind, secret: string) {
	const [row] = await tx
		.select()
		.from(accountToken)
		.where(
			and(
				eq(accountToken.tokenHash, hashSecret(secret)),
				eq(accountToken.kind, kind),
				isNull(accountToken.usedAt),
				sql`${accountToken.expiresAt} > now()`
			)
		);
	return row;
}
