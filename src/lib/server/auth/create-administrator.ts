// The first administrator of a new MHub (used by `mhub create-admin`).
import { z } from 'zod';
import { PasswordSchema } from '../../auth/schemas.js';
import { db } from '../db/client.js';
import { roleGrant } from '../db/schema/auth.js';
import { parseInput, type FieldsOf } from '../validate.js';
import { createUserWithPassword } from './users.js';

const AdministratorSchema = z.object({
	email: z
		.string()
		.trim()
		.toLowerCase()
		.pipe(z.email({ error: 'invalid_email' })),
	name: z.string().trim().min(1, { error: 'required' }).max(200),
	password: PasswordSchema
});

/** Creates the account and grants it the administrator role, in one transaction. */
export async function createAdministrator(input: FieldsOf<typeof AdministratorSchema>): Promise<string> {
	const administrator = parseInput(AdministratorSchema, input);
	return db().transaction(async (tx) => {
		const userId = await createUserWithPassword(tx, administrator);
		await tx.insert(roleGrant).values({ userId, role: 'administrator' });
		return userId;
	});
}
