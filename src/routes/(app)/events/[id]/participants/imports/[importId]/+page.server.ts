import { redirect } from '@sveltejs/kit';
import {
	getParticipantImport,
	startParticipantImport,
	tallyRefusals
} from '#lib/server/events/participant-import.js';
import { attempt } from '#lib/server/web/forms.js';
import { problemsShown } from '../../labels.js';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, params }) => {
	const { refusals, ...job } = await getParticipantImport(locals.actor, params.id, params.importId);
	return {
		job,
		...tallyRefusals(refusals),
		refusals: refusals.slice(0, problemsShown),
		problemCount: refusals.length
	};
};

export const actions: Actions = {
	/** "Import N participants": queues the previewed file, then shows its progress. */
	default: async ({ locals, params, url }) => {
		const result = await attempt({}, () => startParticipantImport(locals.actor, params.id, params.importId));
		if (!result.ok) return result.failure;
		redirect(303, url.pathname);
	}
};
