import { registrationMail } from '#lib/events/registration-mail.js';
import { listEventRegistrations } from '#lib/server/events/event-registrations.js';
import { decideRegistration } from '#lib/server/events/registration/decide-registration.js';
import { attempt, formValues } from '#lib/server/web/forms.js';
import { absoluteLink } from '#lib/server/web/links.js';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, params, url }) => {
	const status = url.searchParams.get('status') || undefined;
	return {
		registrations: await listEventRegistrations(locals.actor, params.id, { status })
	};
};

export const actions: Actions = {
	/** Approve, decline (with a reason) or cancel one registration; the registrant is told by mail. */
	decide: async ({ locals, request }) => {
		const values = formValues(await request.formData());
		const result = await attempt(values, () =>
			decideRegistration(
				locals.actor,
				String(values.registrationId ?? ''),
				String(values.decision ?? ''),
				typeof values.reason === 'string' ? values.reason : null,
				registrationMail(absoluteLink)
			)
		);
		return result.ok
			? { decided: { registrationId: result.value.id, status: result.value.status } }
			: result.failure;
	}
};
