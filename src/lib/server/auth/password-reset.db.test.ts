import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { db } from '../db/client.js';
import { account } from '../db/schema/auth.js';
import { mailMessage } from '../db/schema/system.js';
import { useTestDatabase } from '../testing/database.js';
import { actor, plainMail } from '../testing/fixtures.js';
import { actorForApiToken, createApiToken } from './api-tokens.js';
import { requestPasswordReset, resetPassword } from './password-reset.js';
import { verifyPassword } from './passwords.js';
import { createUserWithPassword } from './users.js';

useTestDatabase();

const mail = plainMail('Reset');
const tokenIn = (text: string) => text.split('token=')[1];

describe('password reset', () => {
	it('mails a single-use link that sets the new password', async () => {
		const userId = await createUserWithPassword(db(), {
			email: 'nora@example.org',
			name: 'Nora',
			password: 'the old password'
		});
		await requestPasswordReset(
			{ email: 'NORA@example.org' },
			(t) => `http://x/reset-password?token=${t}`,
			mail
		);
		const [sent] = await db().select().from(mailMessage).where(eq(mailMessage.toAddress, 'nora@example.org'));
		expect(sent).toMatchObject({ subject: 'Reset', status: 'outbox' });
		const token = tokenIn(sent.textBody);

		await resetPassword({ token, password: 'the new password' });
		const [credential] = await db().select().from(account).where(eq(account.userId, userId));
		expect(await verifyPassword(credential.password!, 'the new password')).toBe(true);
		await expect(resetPassword({ token, password: 'another password' })).rejects.toMatchObject({
			code: 'gone'
		});
	});

	it('revokes the API tokens and the other reset links of the account, with the password', async () => {
		const email = 'omar@example.org';
		const userId = await createUserWithPassword(db(), { email, name: 'Omar', password: 'the old password' });
		const { token: apiToken } = await createApiToken(actor(userId), { name: 'script' });
		const linkFor = (t: string) => `http://x/reset-password?token=${t}`;
		await requestPasswordReset({ email }, linkFor, mail);
		await requestPasswordReset({ email }, linkFor, mail);
		const [first, second] = (
			await db().select().from(mailMessage).where(eq(mailMessage.toAddress, email))
		).map((sent) => tokenIn(sent.textBody));
		expect(await actorForApiToken(apiToken)).toMatchObject({ userId });

		await resetPassword({ token: second, password: 'the new password' });
		expect(await actorForApiToken(apiToken)).toBeUndefined();
		await expect(resetPassword({ token: first, password: 'a third password' })).rejects.toMatchObject({
			code: 'gone'
		});
	});

	it('says nothing and sends nothing for an unknown address', async () => {
		await requestPasswordReset({ email: 'nobody@example.org' }, (t) => t, mail);
		expect(
			await db().select().from(mailMessage).where(eq(mailMessage.toAddress, 'nobody@example.org'))
		).toEqual([]);
	});

	it('refuses a short password and an invalid email field by field', async () => {
		await expect(resetPassword({ token: 'x'.repeat(20), password: 'short' })).rejects.toMatchObject({
			code: 'invalid',
			fields: { password: ['password_too_short'] }
		});
		await expect(requestPasswordReset({ email: 'not-an-email' }, (t) => t, mail)).rejects.toMatchObject({
			fields: { email: ['invalid_email'] }
		});
	});
});
