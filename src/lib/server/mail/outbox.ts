import { desc, sql } from 'drizzle-orm';
import { assertCan } from '../auth/authorize.js';
import { hasRole, type Actor } from '../auth/actor.js';
import { db } from '../db/client.js';
import { mailMessage } from '../db/schema/system.js';

export async function listMail(actor: Actor, { limit = 50, offset = 0 } = {}) {
	assertCan(actor, hasRole(actor, 'administrator'), 'read the mail outbox');
	const [rows, [{ total }]] = await Promise.all([
		db().select().from(mailMessage).orderBy(desc(mailMessage.createdAt)).limit(limit).offset(offset),
		db()
			.select({ total: sql<number>`count(*)::int` })
			.from(mailMessage)
	]);
	return { rows, total };
}
