import { nestFields } from '#lib/forms/fields.js';
import { declaredLanguages } from '#lib/i18n/content-languages.js';
import { getLocale } from '#lib/paraglide/runtime.js';
import { readerLanguageFor } from '#lib/server/web/reader-language.js';
import { addModule, moveModule, removeModule } from '#lib/server/curriculum/modules.js';
import { archivePackage, getPackage, restorePackage } from '#lib/server/curriculum/packages.js';
import { getDraftStatus, publishVersion } from '#lib/server/curriculum/versions.js';
import { listPackageCitations } from '#lib/server/frameworks/module-citations.js';
import { attempt, formValues } from '#lib/server/web/forms.js';
import { failedIn } from '#lib/server/web/failed-in.js';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, params, request, cookies }) => {
	const details = await getPackage(locals.actor, params.id);
	const draft = details.canEdit ? await getDraftStatus(locals.actor, params.id) : null;
	const citations = await listPackageCitations(locals.actor, params.id);
	return {
		details,
		draft,
		citations,
		reader: readerLanguageFor({ request, cookies }, details.languages),
		declared: declaredLanguages(details.languages, getLocale())
	};
};

export const actions: Actions = {
	addModule: async ({ locals, params, request }) => {
		const values = formValues(await request.formData());
		const result = await attempt(values, () => addModule(locals.actor, params.id, nestFields(values)));
		return result.ok ? { moduleAdded: true } : failedIn('addModule', result.failure);
	},
	moveModule: async ({ locals, params, request }) => {
		const values = formValues(await request.formData());
		const result = await attempt(values, () =>
			moveModule(locals.actor, params.id, String(values.moduleId), values)
		);
		return result.ok ? { moved: true } : failedIn('modules', result.failure);
	},
	removeModule: async ({ locals, params, request }) => {
		const values = formValues(await request.formData());
		const result = await attempt(values, () =>
			removeModule(locals.actor, params.id, String(values.moduleId))
		);
		return result.ok ? { removed: true } : failedIn('modules', result.failure);
	},
	publish: async ({ locals, params, request }) => {
		const values = formValues(await request.formData());
		const result = await attempt(values, () => publishVersion(locals.actor, params.id, values));
		return result.ok ? { published: result.value.number } : failedIn('publish', result.failure);
	},
	archive: async ({ locals, params }) => {
		const result = await attempt({}, () => archivePackage(locals.actor, params.id));
		return result.ok ? { archived: true } : failedIn('archive', result.failure);
	},
	restore: async ({ locals, params }) => {
		const result = await attempt({}, () => restorePackage(locals.actor, params.id));
		return result.ok ? { restored: true } : failedIn('archive', result.failure);
	}
};
