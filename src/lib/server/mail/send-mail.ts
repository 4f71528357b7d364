// Outgoing mail: always recorded; sent through SMTP when it is configured. The only writer of the
// outbox (mail_message): every mail goes through `sendMail`, in its caller's transaction if any.
import nodemailer, { type Transporter } from 'nodemailer';
import { eq } from 'drizzle-orm';
import { config } from '../config.js';
import { db, type DbOrTx } from '../db/client.js';
import { mailMessage } from '../db/schema/system.js';
import { logger } from '../logger.js';

export type Mail = { to: string; subject: string; text: string };

let transport: Transporter | undefined;
function smtp(): Transporter | undefined {
	if (!config.smtpUrl) return undefined;
	transport ??= nodemailer.createTransport(config.smtpUrl);
	return transport;
}

/**
 * Records the message, then sends it when SMTP is configured. Without SMTP it stays in the outbox,
 * which administrators read in the app. A failed send is recorded, never thrown: the action that
 * caused the mail has already happened. Give the action's `tx` when it runs in a transaction: the
 * mail is then recorded with it, and not at all when it rolls back.
 */
export async function sendMail(mail: Mail, tx: DbOrTx = db()): Promise<void> {
	const [row] = await tx
		.insert(mailMessage)
		.values({ toAddress: mail.to, subject: mail.subject, textBody: mail.text })
		.returning({ id: mailMessage.id });
	const transporter = smtp();
	if (!transporter) return;
	try {
		await transporter.sendMail({ from: config.mailFrom, ...mail });
		await tx
			.update(mailMessage)
			.set({ status: 'sent', sentAt: new Date() })
			.where(eq(mailMessage.id, row.id));
	} catch (error) {
		logger.error({ err: error, to: mail.to }, 'mail not sent');
		await tx
			.update(mailMessage)
			.set({ status: 'failed', error: String(error) })
			.where(eq(mailMessage.id, row.id));
	}
}
