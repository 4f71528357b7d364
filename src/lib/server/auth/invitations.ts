// Inviting someone to MHub with a role, and accepting the invitation.
import { eq } from 'drizzle-orm';
import { AcceptInvitationSchema, InvitationSchema } from '../../auth/schemas.js';
import { db } from '../db/client.js';
import { roleGrant, user } from '../db/schema/auth.js';
import { DomainError } from '../errors.js';
import { sendMail, type Mail } from '../mail/send-mail.js';
import { parseInput, type FieldsOf } from '../validate.js';
import { consumeAccountToken, findAccountToken, issueAccountToken } from './account-tokens.js';
import { scopeOf, type Actor } from './actor.js';
import { authorize } from './authorize.js';
import { grantColumns, validateGrant } from './grants.js';
import { createUserWithPassword } from './users.js';

/** Writes the message for an invitation link, in the language the caller chooses. */
export type InvitationMail = (invitation: { name: string; link: string }) => Omit<Mail, 'to'>;

export async function inviteUser(
	actor: Actor,
	input: FieldsOf<typeof InvitationSchema>,
	linkFor: (token: string) => string,
	message: InvitationMail
): Promise<void> {
	authorize(actor, 'manage', 'account');
	const invitation = parseInput(InvitationSchema, input);
	await db().transaction(async (tx) => {
		const grant = await validateGrant(tx, invitation);
		const [existing] = await tx.select({ id: user.id }).from(user).where(eq(user.email, invitation.email));
		if (existing)
			throw new DomainError('conflict', 'already has an account', { fields: { email: ['email_taken'] } });
		const token = await issueAccountToken(tx, {
			kind: 'invitation',
			email: invitation.email,
			name: invitation.name,
			createdBy: actor.kind === 'user' ? actor.userId : null,
			...grantColumns(grant)
		});
		await sendMail({ to: invitation.email, ...message({ name: invitation.name, link: linkFor(token) }) }, tx);
	});
}

/** What the acceptance page shows, or undefined when the link is no longer valid. */
export async function findInvitation(token: string) {
	const row = await findAccountToken(db(), 'invitation', token);
	return row?.role
		? { email: row.email, name: row.name ?? '', role: row.role, scope: scopeOf(row) }
		: undefined;
}

/** Creates the account with the invited role; returns who it is so they can be signed in. */
export async function acceptInvitation(
	input: FieldsOf<typeof AcceptInvitationSchema>
): Promise<{ userId: string; email: string }> {
	const { token, name, password } = parseInput(AcceptInvitationSchema, input);
	return db().transaction(async (tx) => {
		const invitation = await consumeAccountToken(tx, 'invitation', token);
		const userId = await createUserWithPassword(tx, { email: invitation.email, name, password });
		if (invitation.role) {
			await tx.insert(roleGrant).values({
				userId,
				role: invitation.role,
				programmeId: invitation.programmeId,
				countryCodes: invitation.countryCodes,
				grantedBy: invitation.createdBy
			});
		}
		return { userId, email: invitation.email };
	});
}
