import { getLocale } from '#lib/paraglide/runtime.js';
import { localizedFields, nestFields } from '#lib/forms/fields.js';
import { getFramework, listFrameworkPlaces, updateFramework } from '#lib/server/frameworks/frameworks.js';
import { getDraftStatus, publishFramework } from '#lib/server/frameworks/publish-framework.js';
import { listStatementChoices, setComponentStatements } from '#lib/server/frameworks/statements.js';
import {
	addComponent,
	addSection,
	moveComponent,
	moveSection,
	removeComponent,
	removeSection,
	renameSection,
	updateComponent
} from '#lib/server/frameworks/structure.js';
import { attempt, formValues } from '#lib/server/web/forms.js';
import { failedIn } from '#lib/server/web/failed-in.js';
import { studyChoices } from '../choices.js';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, params }) => {
	const details = await getFramework(locals.actor, params.id);
	if (!details.draft) return { details, editing: null };
	const draft = details.draft;
	const reader = getLocale();
	const [choices, status, places] = await Promise.all([
		listStatementChoices(locals.actor, params.id),
		getDraftStatus(locals.actor, params.id),
		listFrameworkPlaces(locals.actor, reader)
	]);
	const studies = places.studies.filter((study) => study.programmeId === details.programme.id);
	return {
		details,
		editing: {
			draft,
			choices,
			status,
			studies: studyChoices(studies, [], reader),
			fields: {
				...localizedFields('title', draft.title),
				...localizedFields('summary', draft.summary),
				studyId: draft.studyId ?? ''
			}
		}
	};
};

/** The id a small form names its section or component by. */
const idIn = (values: Record<string, unknown>, field: string) => String(values[field] ?? '');

export const actions: Actions = {
	update: async ({ locals, params, request }) => {
		const values = formValues(await request.formData());
		const result = await attempt(values, () => updateFramework(locals.actor, params.id, nestFields(values)));
		return result.ok ? { saved: true } : failedIn('details', result.failure);
	},
	addSection: async ({ locals, params, request }) => {
		const values = formValues(await request.formData());
		const result = await attempt(values, () => addSection(locals.actor, params.id, nestFields(values)));
		return result.ok ? { sectionAdded: true } : failedIn('addSection', result.failure);
	},
	renameSection: async ({ locals, params, request }) => {
		const values = formValues(await request.formData());
		const sectionId = idIn(values, 'sectionId');
		const result = await attempt(values, () =>
			renameSection(locals.actor, params.id, sectionId, nestFields(values))
		);
		return result.ok ? { saved: true } : failedIn(`section:${sectionId}`, result.failure);
	},
	moveSection: async ({ locals, params, request }) => {
		const values = formValues(await request.formData());
		const result = await attempt(values, () =>
			moveSection(locals.actor, params.id, idIn(values, 'sectionId'), values)
		);
		return result.ok ? { moved: true } : failedIn('structure', result.failure);
	},
	removeSection: async ({ locals, params, request }) => {
		const values = formValues(await request.formData());
		const result = await attempt(values, () =>
			removeSection(locals.actor, params.id, idIn(values, 'sectionId'))
		);
		return result.ok ? { removed: true } : failedIn('structure', result.failure);
	},
	addComponent: async ({ locals, params, request }) => {
		const values = formValues(await request.formData());
		const sectionId = idIn(values, 'sectionId');
		const result = await attempt(values, () =>
			addComponent(locals.actor, params.id, sectionId, nestFields(values))
		);
		return result.ok ? { componentAdded: true } : failedIn(`addComponent:${sectionId}`, result.failure);
	},
	updateComponent: async ({ locals, params, request }) => {
		const values = formValues(await request.formData());
		const componentId = idIn(values, 'componentId');
		const result = await attempt(values, () =>
			updateComponent(locals.actor, params.id, componentId, nestFields(values))
		);
		return result.ok ? { saved: true } : failedIn(`component:${componentId}`, result.failure);
	},
	moveComponent: async ({ locals, params, request }) => {
		const values = formValues(await request.formData());
		const result = await attempt(values, () =>
			moveComponent(locals.actor, params.id, idIn(values, 'componentId'), values)
		);
		return result.ok ? { moved: true } : failedIn('structure', result.failure);
	},
	removeComponent: async ({ locals, params, request }) => {
		const values = formValues(await request.formData());
		const result = await attempt(values, () =>
			removeComponent(locals.actor, params.id, idIn(values, 'componentId'))
		);
		return result.ok ? { removed: true } : failedIn('structure', result.failure);
	},
	setStatements: async ({ locals, params, request }) => {
		const values = formValues(await request.formData(), ['statementIds']);
		const componentId = idIn(values, 'componentId');
		const result = await attempt(values, () =>
			setComponentStatements(locals.actor, params.id, componentId, values)
		);
		return result.ok ? { statementsSaved: true } : failedIn(`statements:${componentId}`, result.failure);
	},
	publish: async ({ locals, params }) => {
		const result = await attempt({}, () => publishFramework(locals.actor, params.id));
		return result.ok ? { published: result.value.number } : failedIn('publish', result.failure);
	}
};
