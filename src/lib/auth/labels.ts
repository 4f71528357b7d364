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

/** "Country focal point · Greece, Malta": a grant as one line, countries by name when known. */
export function grantText(
	grant: { role: Role; scope: Scope },
	countryName: (code: string) => string = (code) => code
): string {
	const { scope } = grant;
	const where =
		scope.kind === 'platform'
			? m.scope_platform()
			: scope.kind === 'programme'
				? m.scope_programme()
				: scope.countryCodes.map(countryName).join(', ');
	return `${roleLabel[grant.role]()} · ${where}`;
}
