// Who is asking: a signed-in user with their role grants, or the public.
import { roleValues } from '../../auth/schemas.js';

export type Role = (typeof roleValues)[number];
export const roles: readonly Role[] = roleValues;

export type Scope =
	| { kind: 'platform' }
	| { kind: 'programme'; programmeId: string }
	| { kind: 'countries'; countryCodes: string[] };

export type Grant = { role: Role; scope: Scope };

export type UserActor = {
	kind: 'user';
	userId: string;
	name: string;
	email: string;
	grants: Grant[];
};
export type PublicActor = { kind: 'public' };
export type Actor = UserActor | PublicActor;

export const publicActor: PublicActor = { kind: 'public' };

/** The scope stored in a role_grant row. */
export function scopeOf(row: { programmeId: string | null; countryCodes: string[] | null }): Scope {
	if (row.programmeId) return { kind: 'programme', programmeId: row.programmeId };
	if (row.countryCodes) return { kind: 'countries', countryCodes: row.countryCodes };
	return { kind: 'platform' };
}

export function hasRole(actor: Actor, ...wanted: Role[]): boolean {
	return actor.kind === 'user' && actor.grants.some((grant) => wanted.includes(grant.role));
}
