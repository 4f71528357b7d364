import { issueCertificates, listCompletion, revokeCertificate } from '#lib/server/events/certificates.js';
import { attempt, formValues } from '#lib/server/web/forms.js';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, params }) => ({
	completion: await listCompletion(locals.actor, params.id)
});

export const actions: Actions = {
	issue: async ({ locals, params }) => {
		const result = await attempt({}, () => issueCertificates(locals.actor, params.id));
		return result.ok ? { issued: result.value } : result.failure;
	},
	revoke: async ({ locals, params, request }) => {
		const values = formValues(await request.formData());
		const result = await attempt(values, () =>
			revokeCertificate(locals.actor, params.id, String(values.certificateId ?? ''))
		);
		return result.ok ? { revoked: true } : result.failure;
	}
};
