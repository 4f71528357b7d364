// Roles and their scopes, in the reader's language.
import * as m from '../paraglide/messages.js';
import type { roleValues } from './schemas.js';

type Role = (typeof roleValues)[number];
type Scope =
	| { kind: 'platform' }
	| { kind: 'programme'; programmeId: string }
	| { kind: 'countries'; countryCodes: string[] };

export const roleLabel: Record<Role, () => string> = {
	administrator: m.role_administrator,
	programme_coordinator: m.role_programme_coordinator,
	country_focal_point: m.role_country_focal_point,
	trainer: m.role_trainer,
	reviewer: m.role_reviewer,
	panel_expert: m.role_panel_expert,
	participant: m.role_participant
};

/** How a grant names its countries and programme; by default their codes, and "one programme". */
export type ScopeNames = { country?: (code: string) => string; programme?: (id: string) => string };

/** "Country focal point · Greece, Malta": a grant as one line, countries and programme by name when known. */
export function grantText(grant: { role: Role; scope: Scope }, names: ScopeNames = {}): string {
	const { scope } = grant;
	const where =
		scope.kind === 'platform'
			? m.scope_platform()
			: scope.kind === 'programme'
				? (names.programme?.(scope.programmeId) ?? m.scope_programme())
				: scope.countryCodes.map(names.country ?? ((code) => code)).join(', ');
	return `${roleLabel[grant.role]()} · ${where}`;
}

/** Scope names from the choices a page loaded (see scopeChoices on the server). */
export function scopeNames(choices: {
	countries: readonly { code: string; name: string }[];
	programmes: readonly { id: string; name: string }[];
}): ScopeNames {
	const countries = new Map(choices.countries.map((c) => [c.code, c.name]));
	const programmes = new Map(choices.programmes.map((p) => [p.id, p.name]));
	return {
		country: (code) => countries.get(code) ?? code,
		programme: (id) => programmes.get(id) ?? m.scope_programme()
	};
}
