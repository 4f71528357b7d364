import { getLocale } from '#lib/paraglide/runtime.js';
import { countryChoices } from '#lib/forms/choices.js';
import { nestFields } from '#lib/forms/fields.js';
import { listCountryChoices } from '#lib/server/directory/countries.js';
import {
	archiveOrganisation,
	getOrganisation,
	restoreOrganisation,
	updateOrganisation
} from '#lib/server/directory/organisations.js';
import { listPeople } from '#lib/server/directory/people.js';
import { can } from '#lib/server/auth/authorize.js';
import { attempt, formValues } from '#lib/server/web/forms.js';
import type { Actions, PageServerLoad } from './$types';

/** How many of an organisation's people its page lists before linking to the full list. */
const peopleShown = 10;

export const load: PageServerLoad = async ({ locals, params }) => {
	const reader = getLocale();
	const organisation = await getOrganisation(locals.actor, params.id);
	const [people, countries] = await Promise.all([
		listPeople(locals.actor, { organisation: organisation.id, pageSize: peopleShown, locale: reader }),
		listCountryChoices(locals.actor, reader)
	]);
	return {
		organisation,
		people,
		countries: countryChoices(countries, reader),
		canEdit: can(locals.actor, 'edit', { kind: 'organisation', ...organisation })
	};
};

export const actions: Actions = {
	update: async ({ locals, params, request }) => {
		const values = formValues(await request.formData());
		const result = await attempt(values, () =>
			updateOrganisation(locals.actor, params.id, nestFields(values))
		);
		return result.ok ? { saved: true } : result.failure;
	},
	archive: async ({ locals, params }) => {
		const result = await attempt({}, () => archiveOrganisation(locals.actor, params.id));
		return result.ok ? { archived: true } : result.failure;
	},
	restore: async ({ locals, params }) => {
		const result = await attempt({}, () => restoreOrganisation(locals.actor, params.id));
		return result.ok ? { restored: true } : result.failure;
	}
};
