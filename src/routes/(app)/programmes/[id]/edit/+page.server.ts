import { redirect } from '@sveltejs/kit';
import { getLocale } from '#lib/paraglide/runtime.js';
import { programmeFields, programmeInput } from '#lib/programmes/form-data.js';
import { programmeFormChoices } from '#lib/server/programmes/form-choices.js';
import { authorize } from '#lib/server/auth/authorize.js';
import { getProgramme, updateProgramme } from '#lib/server/programmes/programmes.js';
import { attempt, formValues } from '#lib/server/web/forms.js';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, params }) => {
	const programme = await getProgramme(locals.actor, params.id);
	authorize(locals.actor, 'edit', {
		kind: 'programme',
		programmeId: programme.id,
		countryCodes: programme.countries.map((c) => c.countryCode)
	});
	return {
		programme: { id: programme.id, name: programme.name },
		values: programmeFields(programme),
		...(await programmeFormChoices(locals.actor, getLocale()))
	};
};

export const actions: Actions = {
	default: async ({ locals, params, request }) => {
		const values = formValues(await request.formData(), ['sdgs', 'languages']);
		const result = await attempt(values, () =>
			updateProgramme(locals.actor, params.id, programmeInput(values))
		);
		if (!result.ok) return result.failure;
		redirect(303, `/programmes/${params.id}?saved`);
	}
};
