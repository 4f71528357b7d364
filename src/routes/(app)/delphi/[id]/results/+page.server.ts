import { meetingChoices, recordMeetingVote } from '#lib/server/delphi/meeting.js';
import { openAfterRounds, studyResults } from '#lib/server/delphi/results.js';
import { listComments } from '#lib/server/delphi/studies.js';
import { attempt, formValues } from '#lib/server/web/forms.js';
import type { Actions, PageServerLoad } from './$types';

export const csr = false;

export const load: PageServerLoad = async ({ locals, params }) => {
	const [results, comments, meetings] = await Promise.all([
		studyResults(locals.actor, params.id),
		listComments(locals.actor, params.id),
		meetingChoices(locals.actor, params.id)
	]);
	return {
		results,
		comments,
		meetings,
		forMeeting: openAfterRounds(results).map((statement) => statement.id)
	};
};

export const actions: Actions = {
	vote: async ({ locals, params, request }) => {
		const values = formValues(await request.formData());
		const result = await attempt(values, () => recordMeetingVote(locals.actor, params.id, values));
		return result.ok ? { recorded: String(values.statementId) } : result.failure;
	}
};
