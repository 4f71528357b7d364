// How far an actor reaches, through which roles: every policy states its rules with these.
import type { Actor, Role } from './actor.js';

/** Which countries' records an actor reaches through a set of roles. */
export type Reach = { kind: 'none' } | { kind: 'all' } | { kind: 'countries'; countryCodes: string[] };

/**
 * How far each role reaches: 'all' whatever its scope, or 'scoped' (a platform grant reaches all
 * countries, a countries grant reaches its countries).
 */
export type ReachRules = Partial<Record<Role, 'all' | 'scoped'>>;

export function reachOf(actor: Actor, rules: ReachRules): Reach {
	if (actor.kind !== 'user') return { kind: 'none' };
	const countries = new Set<string>();
	let any = false;
	for (const grant of actor.grants) {
		const rule = rules[grant.role];
		if (!rule) continue;
		if (rule === 'all' || grant.scope.kind === 'platform') return { kind: 'all' };
		if (grant.scope.kind === 'countries') {
			any = true;
			for (const code of grant.scope.countryCodes) countries.add(code);
		}
	}
	return any ? { kind: 'countries', countryCodes: [...countries].sort() } : { kind: 'none' };
}

/** Which programmes an actor reaches through a set of roles. */
export type ProgrammeReach =
	{ kind: 'none' } | { kind: 'all' } | { kind: 'programmes'; programmeIds: string[] };

/**
 * A platform grant of one of `roles` reaches every programme, a programme grant its programme;
 * a countries grant reaches no programme as a whole (country reach is `reachOf`'s business).
 */
export function programmeReachOf(actor: Actor, roles: readonly Role[]): ProgrammeReach {
	if (actor.kind !== 'user') return { kind: 'none' };
	const programmeIds = new Set<string>();
	for (const grant of actor.grants) {
		if (!roles.includes(grant.role)) continue;
		if (grant.scope.kind === 'platform') return { kind: 'all' };
		if (grant.scope.kind === 'programme') programmeIds.add(grant.scope.programmeId);
	}
	return programmeIds.size > 0
		? { kind: 'programmes', programmeIds: [...programmeIds].sort() }
		: { kind: 'none' };
}

/** Whether a programme reach covers a record of `programmeId` (null: a record of no programme). */
export function reachesProgramme(reach: ProgrammeReach, programmeId: string | null): boolean {
	if (reach.kind === 'all') return true;
	return reach.kind === 'programmes' && programmeId !== null && reach.programmeIds.includes(programmeId);
}

/** Whether a reach covers a record that belongs to any of `countryCodes`. */
export function reaches(reach: Reach, countryCodes: readonly string[]): boolean {
	if (reach.kind === 'all') return true;
	if (reach.kind === 'none') return false;
	return countryCodes.some((code) => reach.countryCodes.includes(code));
}
