import { redirect } from '@sveltejs/kit';
import { getScoreSheet } from '#lib/server/evaluation/score-sheet.js';
import { importScores, maxScoreFileBytes } from '#lib/server/evaluation/score-import.js';
import type { ScoreRefusal } from '#lib/server/evaluation/score-rows.js';
import { attempt } from '#lib/server/web/forms.js';
import { readUploadedFile } from '#lib/server/web/upload.js';
import type { Actions, PageServerLoad } from './$types';

// A plain upload form: nothing to run in the browser.
export const csr = false;

/** How many problems the page lists; the count says how many more there are. */
const problemsShown = 200;

export const load: PageServerLoad = async ({ locals, params }) => ({
	sheet: await getScoreSheet(locals.actor, params.id, params.phaseId),
	maxMegabytes: maxScoreFileBytes / (1024 * 1024)
});

export const actions: Actions = {
	/** Stores the file's scores, or lists every refused row and stores nothing. */
	upload: async ({ locals, params, request }) => {
		// The file is read only once the import knows who is posting.
		const result = await attempt(
			{},
			() =>
				importScores(locals.actor, params.id, params.phaseId, () =>
					readUploadedFile(request, 'import_too_large')
				),
			(refusal) => {
				const refusals = (refusal.details?.refusals ?? []) as ScoreRefusal[];
				const missing = refusal.details?.missing;
				return {
					refusals: refusals.slice(0, problemsShown),
					problemCount: refusals.length,
					missing: Array.isArray(missing) ? missing.map(String) : []
				};
			}
		);
		if (!result.ok) return result.failure;
		redirect(303, `/events/${params.id}/evaluation/${params.phaseId}/scores?imported=${result.value.stored}`);
	}
};
