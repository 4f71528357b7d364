import {
	getParticipantsOverview,
	previewParticipantImport,
	tallyRefusals
} from '#lib/server/events/participant-import.js';
import { participantHeaders } from '#lib/server/events/participant-rows.js';
import { attempt } from '#lib/server/web/forms.js';
import { readUploadedFile } from '#lib/server/web/upload.js';
import { columnLabel, problemsShown, type ParticipantColumn } from './labels.js';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, params }) => ({
	overview: await getParticipantsOverview(locals.actor, params.id)
});

/** The missing columns a refusal names (by their headers in the file), in the reader's language. */
const missingColumnNames = (missing: unknown): string[] =>
	(Array.isArray(missing) ? missing : []).map((header) => {
		const column = (Object.keys(participantHeaders) as ParticipantColumn[]).find(
			(key) => participantHeaders[key] === header
		);
		const label = column ? columnLabel[column]() : String(header);
		return label === header ? label : `${label} (${header})`;
	});

export const actions: Actions = {
	/** Stores the file and shows what its import would do; a file refused as a whole says why. */
	preview: async ({ locals, params, request }) => {
		// The file is read only once the import knows who is posting.
		const result = await attempt(
			{},
			() =>
				previewParticipantImport(locals.actor, params.id, () =>
					readUploadedFile(request, 'import_too_large')
				),
			(refusal) => ({ missingColumns: missingColumnNames(refusal.details?.missing) })
		);
		if (!result.ok) return result.failure;
		const preview = result.value;
		return {
			preview: {
				...preview,
				...tallyRefusals(preview.refusals),
				refusals: preview.refusals.slice(0, problemsShown),
				problemCount: preview.refusals.length
			}
		};
	}
};
