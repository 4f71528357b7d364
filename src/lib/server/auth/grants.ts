// Granting and revoking roles: administrators only.
import { and, eq, inArray } from 'drizzle-orm';
import { GrantSchema, type GrantInput } from '../../auth/schemas.js';
import { db, type DbOrTx } from '../db/client.js';
import { roleGrant, user } from '../db/schema/auth.js';
import { country } from '../db/schema/directory.js';
import { programme } from '../db/schema/programmes.js';
import { DomainError } from '../errors.js';
import { assertRecordId, parseInput, type FieldsOf } from '../validate.js';
import type { Actor } from './actor.js';
import { authorize } from './authorize.js';

/** Checks a grant's shape against the roles table: administrators are platform-wide, focal points have countries. */
export async function validateGrant(tx: DbOrTx, input: FieldsOf<typeof GrantSchema>): Promise<GrantInput> {
	const grant = parseInput(GrantSchema, input);
	if (grant.role === 'administrator' && grant.scope.kind !== 'platform')
		throw new DomainError('invalid', 'administrators are platform-wide', {
			fields: { scope: ['administrator_platform_only'] }
		});
	if (grant.role === 'country_focal_point' && grant.scope.kind !== 'countries')
		throw new DomainError('invalid', 'focal points need countries', {
			fields: { scope: ['focal_point_needs_countries'] }
		});
	if (grant.scope.kind === 'countries') {
		const codes = [...new Set(grant.scope.countryCodes)];
		const known = await tx.select({ code: country.code }).from(country).where(inArray(country.code, codes));
		if (known.length !== codes.length)
			throw new DomainError('invalid', 'unknown country', {
				fields: { 'scope.countryCodes': ['invalid_country'] }
			});
		grant.scope.countryCodes = codes.sort();
	}
	if (grant.scope.kind === 'programme') {
		const [known] = await tx
			.select({ id: programme.id })
			.from(programme)
			.where(eq(programme.id, grant.scope.programmeId));
		if (!known)
			throw new DomainError('invalid', 'unknown programme', {
				fields: { 'scope.programmeId': ['invalid_programme'] }
			});
	}
	return grant;
}

export function grantColumns(grant: GrantInput) {
	return {
		role: grant.role,
		programmeId: grant.scope.kind === 'programme' ? grant.scope.programmeId : null,
		countryCodes: grant.scope.kind === 'countries' ? grant.scope.countryCodes : null
	};
}

export async function grantRole(
	actor: Actor,
	userId: string,
	input: FieldsOf<typeof GrantSchema>
): Promise<string> {
	authorize(actor, 'manage', 'account');
	return db().transaction(async (tx) => {
		const grant = await validateGrant(tx, input);
		const [target] = await tx.select({ id: user.id }).from(user).where(eq(user.id, userId));
		if (!target) throw new DomainError('not_found', 'no such user');
		const [row] = await tx
			.insert(roleGrant)
			.values({ userId, ...grantColumns(grant), grantedBy: actor.kind === 'user' ? actor.userId : null })
			.returning({ id: roleGrant.id });
		return row.id;
	});
}

export async function revokeGrant(actor: Actor, userId: string, grantId: string): Promise<void> {
	authorize(actor, 'manage', 'account');
	assertRecordId(grantId, 'grant');
	const deleted = await db()
		.delete(roleGrant)
		.where(and(eq(roleGrant.id, grantId), eq(roleGrant.userId, userId)))
		.returning({ id: roleGrant.id });
	if (deleted.length === 0) throw new DomainError('not_found', 'no such grant');
}
