import { getAttendanceSheet, markAttendance, markEveryonePresent } from '#lib/server/events/attendance.js';
import { attempt, formValues } from '#lib/server/web/forms.js';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, params }) => ({
	sheet: await getAttendanceSheet(locals.actor, params.id, params.sessionId)
});

export const actions: Actions = {
	/** One tap: a registrant present or absent. */
	mark: async ({ locals, params, request }) => {
		const values = formValues(await request.formData());
		const mark = {
			sessionId: params.sessionId,
			registrationId: String(values.registrationId ?? ''),
			present: values.present === 'true'
		};
		const result = await attempt(values, () => markAttendance(locals.actor, params.id, mark));
		return result.ok ? { marked: mark } : result.failure;
	},
	everyone: async ({ locals, params }) => {
		const result = await attempt({}, () => markEveryonePresent(locals.actor, params.id, params.sessionId));
		return result.ok ? { markedEveryone: result.value } : result.failure;
	}
};
