import { redirect } from '@sveltejs/kit';
import { nestFields } from '#lib/forms/fields.js';
import { getLocale } from '#lib/paraglide/runtime.js';
import {
	addCriterion,
	listCriteria,
	removeCriterion,
	updateCriterion
} from '#lib/server/inventory/criteria.js';
import { DomainError } from '#lib/server/errors.js';
import { inventoryProgrammeChoices } from '#lib/server/inventory/packages.js';
import { attempt, formValues } from '#lib/server/web/forms.js';
import type { Actions, PageServerLoad } from './$types';

const programmeOf = (url: URL): string => {
	const id = url.searchParams.get('programme');
	if (!id) throw new DomainError('not_found', 'no programme chosen');
	return id;
};

export const load: PageServerLoad = async ({ locals, url }) => {
	const programmes = await inventoryProgrammeChoices(locals.actor, getLocale());
	const chosen = url.searchParams.get('programme');
	if (!chosen) {
		if (programmes.length === 1) redirect(303, `/inventory/criteria?programme=${programmes[0].value}`);
		return { programmes, programme: undefined, criteria: [], editing: undefined, saved: false };
	}
	const programme = programmes.find((choice) => choice.value === chosen);
	if (!programme) throw new DomainError('forbidden', 'not allowed to manage the criteria of this programme');
	const criteria = await listCriteria(locals.actor, chosen);
	// ?edit=<criterion> opens the correction form of one criterion, without script.
	const editing = criteria.find((criterion) => criterion.id === url.searchParams.get('edit'));
	return { programmes, programme, criteria, editing, saved: url.searchParams.has('saved') };
};

export const actions: Actions = {
	add: async ({ locals, request, url }) => {
		const values = formValues(await request.formData());
		const programmeId = programmeOf(url);
		const result = await attempt(values, () => addCriterion(locals.actor, programmeId, nestFields(values)));
		if (!result.ok) return result.failure;
		return { added: true };
	},
	edit: async ({ locals, request, url }) => {
		const values = formValues(await request.formData());
		const programmeId = programmeOf(url);
		const result = await attempt(values, () =>
			updateCriterion(locals.actor, String(values.criterionId ?? ''), nestFields(values))
		);
		if (!result.ok) return result.failure;
		redirect(303, `/inventory/criteria?programme=${programmeId}&saved`);
	},
	remove: async ({ locals, request }) => {
		const values = formValues(await request.formData());
		const result = await attempt(values, () =>
			removeCriterion(locals.actor, String(values.criterionId ?? ''))
		);
		if (!result.ok) return result.failure;
		return { removed: true };
	}
};
