import type { LayoutServerLoad } from './$types';
import { navigationFor } from '#lib/server/web/navigation.js';

export const load: LayoutServerLoad = ({ locals }) => {
	const { actor } = locals;
	return {
		user:
			actor.kind === 'user'
				? {
						name: actor.name,
						email: actor.email,
						roles: [...new Set(actor.grants.map((grant) => grant.role))]
					}
				: undefined,
		navigation: navigationFor(actor)
	};
};
