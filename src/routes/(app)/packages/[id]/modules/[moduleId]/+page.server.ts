import { declaredLanguages } from '#lib/i18n/content-languages.js';
import { getLocale } from '#lib/paraglide/runtime.js';
import { nestFields } from '#lib/forms/fields.js';
import { findModule } from '#lib/curriculum/content.js';
import { moduleFields, sessionInput, sessionListFields } from '#lib/curriculum/form-data.js';
import { getDraft } from '#lib/server/curriculum/draft.js';
import { updateModule } from '#lib/server/curriculum/modules.js';
import { addSession, moveSession, removeSession } from '#lib/server/curriculum/sessions.js';
import { DomainError } from '#lib/server/errors.js';
import { getModuleCitations, setModuleCitations } from '#lib/server/frameworks/module-citations.js';
import { attempt, formValues } from '#lib/server/web/forms.js';
import { failedIn } from '#lib/server/web/failed-in.js';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, params }) => {
	const draft = await getDraft(locals.actor, params.id);
	const found = findModule(draft, params.moduleId);
	if (!found) throw new DomainError('not_found', 'no such module in this package');
	return {
		citations: await getModuleCitations(locals.actor, params.id, params.moduleId),
		packageId: params.id,
		packageTitle: draft.title,
		declared: declaredLanguages(draft.languages, getLocale()),
		module: found.module,
		position: found.index + 1,
		fields: moduleFields(found.module)
	};
};

export const actions: Actions = {
	update: async ({ locals, params, request }) => {
		const values = formValues(await request.formData());
		const result = await attempt(values, () =>
			updateModule(locals.actor, params.id, params.moduleId, nestFields(values))
		);
		return result.ok ? { saved: true } : failedIn('module', result.failure);
	},
	addSession: async ({ locals, params, request }) => {
		const values = formValues(await request.formData(), sessionListFields);
		const result = await attempt(values, () =>
			addSession(locals.actor, params.id, params.moduleId, sessionInput(values))
		);
		return result.ok ? { sessionAdded: true } : failedIn('addSession', result.failure);
	},
	moveSession: async ({ locals, params, request }) => {
		const values = formValues(await request.formData());
		const result = await attempt(values, () =>
			moveSession(locals.actor, params.id, String(values.sessionId), values)
		);
		return result.ok ? { moved: true } : failedIn('sessions', result.failure);
	},
	cite: async ({ locals, params, request }) => {
		const values = formValues(await request.formData(), ['componentIds']);
		const result = await attempt(values, () =>
			setModuleCitations(locals.actor, params.id, params.moduleId, values)
		);
		return result.ok ? { cited: true } : failedIn('cite', result.failure);
	},
	removeSession: async ({ locals, params, request }) => {
		const values = formValues(await request.formData());
		const result = await attempt(values, () =>
			removeSession(locals.actor, params.id, String(values.sessionId))
		);
		return result.ok ? { removed: true } : failedIn('sessions', result.failure);
	}
};
