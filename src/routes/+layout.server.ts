import type { LayoutServerLoad } from './$types';
import { hasRole } from '#lib/server/auth/actor.js';

export const load: LayoutServerLoad = ({ locals }) => {
	const { actor } = locals;
	return {
		user:
			actor.kind === 'user'
				? {
						name: actor.name,
						email: actor.email,
						roles: [...new Set(actor.grants.map((grant) => grant.role))],
						isAdministrator: hasRole(actor, 'administrator'),
						isStaff: hasRole(actor, 'administrator', 'programme_coordinator', 'country_focal_point'),
						/** Who the inventory of existing packages is for: those who keep it and reviewers. */
						usesInventory: hasRole(actor, 'administrator', 'programme_coordinator', 'reviewer'),
						runsTrainings: hasRole(
							actor,
							'administrator',
							'programme_coordinator',
							'country_focal_point',
							'trainer'
						)
					}
				: undefined
	};
};
