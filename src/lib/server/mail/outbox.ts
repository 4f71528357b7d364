import { desc, sql } from 'drizzle-orm';
import { authorize } from '../auth/authorize.js';
import type { Actor } from '../auth/actor.js';
import { db } from '../db/client.js';
import { mailMessage } from '../db/schema/system.js';

export async function listMail(actor: Actor, { limit = 50, offset = 0 } = {}) {
	authorize(actor, 'read', 'mail');
	const [rows, [{ total }]] = await Promise.all([
		db().select().from(mailMessage).orderBy(desc(mailMessage.createdAt)).limit(limit).offset(offset),
		db()
			.select({ total: sql<number>`count(*)::int` })
			.from(mailMessage)
	]);
	return { rows, total };
}
