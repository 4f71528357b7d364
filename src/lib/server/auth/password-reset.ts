// Forgotten passwords: a single-use link by mail, then a new password.
import { and, eq, isNull } from 'drizzle-orm';
import { PasswordResetRequestSchema, PasswordResetSchema } from '../../auth/schemas.js';
import { db } from '../db/client.js';
import { accountToken, apiToken, session, user } from '../db/schema/auth.js';
import { sendMail, type Mail } from '../mail/send-mail.js';
import { parseInput, type FieldsOf } from '../validate.js';
import { consumeAccountToken, issueAccountToken } from './account-tokens.js';
import { setPassword } from './users.js';

export type ResetMail = (reset: { name: string; link: string }) => Omit<Mail, 'to'>;

/**
 * Sends a reset link when the address has an account. Says nothing either way, so that the form
 * cannot be used to find out who has an account.
 */
export async function requestPasswordReset(
	input: FieldsOf<typeof PasswordResetRequestSchema>,
	linkFor: (token: string) => string,
	message: ResetMail
): Promise<void> {
	const { email } = parseInput(PasswordResetRequestSchema, input);
	await db().transaction(async (tx) => {
		const [account] = await tx
			.select({ id: user.id, name: user.name })
			.from(user)
			.where(eq(user.email, email));
		if (!account) return;
		const token = await issueAccountToken(tx, { kind: 'password_reset', email, userId: account.id });
		await sendMail({ to: email, ...message({ name: account.name, link: linkFor(token) }) }, tx);
	});
}

/**
 * Sets the new password and, in the same transaction, shuts every other door into the account: its
 * sessions end, its API tokens are revoked and its other reset links stop working. Whoever knew the
 * old password may have made a token or asked for a link.
 */
export async function resetPassword(input: FieldsOf<typeof PasswordResetSchema>): Promise<void> {
	const { token, password } = parseInput(PasswordResetSchema, input);
	await db().transaction(async (tx) => {
		const reset = await consumeAccountToken(tx, 'password_reset', token);
		if (!reset.userId) return;
		await setPassword(tx, reset.userId, password);
		await tx.delete(session).where(eq(session.userId, reset.userId));
		await tx
			.update(apiToken)
			.set({ revokedAt: new Date() })
			.where(and(eq(apiToken.userId, reset.userId), isNull(apiToken.revokedAt)));
		await tx
			.update(accountToken)
			.set({ usedAt: new Date() })
			.where(
				and(
					eq(accountToken.userId, reset.userId),
					eq(accountToken.kind, 'password_reset'),
					isNull(accountToken.usedAt)
				)
			);
	});
}
