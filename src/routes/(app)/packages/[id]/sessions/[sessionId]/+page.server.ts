import { declaredLanguages } from '#lib/i18n/content-languages.js';
import { getLocale } from '#lib/paraglide/runtime.js';
import { nestFields } from '#lib/forms/fields.js';
import { findSession } from '#lib/curriculum/content.js';
import { sessionFields, sessionInput, sessionListFields } from '#lib/curriculum/form-data.js';
import { getDraft } from '#lib/server/curriculum/draft.js';
import { addFileMaterial, addLinkMaterial, removeMaterial } from '#lib/server/curriculum/materials.js';
import { authorize } from '#lib/server/auth/authorize.js';
import { updateSession } from '#lib/server/curriculum/sessions.js';
import { DomainError } from '#lib/server/errors.js';
import { attempt, formValues } from '#lib/server/web/forms.js';
import { readUploadForm } from '#lib/server/web/upload.js';
import { failedIn } from '#lib/server/web/failed-in.js';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, params }) => {
	const draft = await getDraft(locals.actor, params.id);
	const found = findSession(draft, params.sessionId);
	if (!found) throw new DomainError('not_found', 'no such session in this package');
	return {
		packageId: params.id,
		packageTitle: draft.title,
		declared: declaredLanguages(draft.languages, getLocale()),
		module: { id: found.module.id, title: found.module.title, number: found.moduleIndex + 1 },
		number: found.index + 1,
		session: found.session,
		fields: sessionFields(found.session)
	};
};

export const actions: Actions = {
	update: async ({ locals, params, request }) => {
		const values = formValues(await request.formData(), sessionListFields);
		const result = await attempt(values, () =>
			updateSession(locals.actor, params.id, params.sessionId, sessionInput(values))
		);
		return result.ok ? { saved: true } : failedIn('session', result.failure);
	},
	addFile: async ({ locals, params, request }) => {
		// Only people who edit packages make the server read an upload; the package itself is checked next.
		authorize(locals.actor, 'list', 'package');
		const read = await attempt({}, () => readUploadForm(request, 'file_too_large'));
		if (!read.ok) return failedIn('addFile', read.failure);
		const data = read.value;
		const values = formValues(data);
		const file = data.get('file');
		const upload =
			file instanceof File && file.size > 0
				? { name: file.name, content: Buffer.from(await file.arrayBuffer()) }
				: undefined;
		const result = await attempt(values, () =>
			addFileMaterial(locals.actor, params.id, params.sessionId, { ...nestFields(values), file: upload })
		);
		return result.ok ? { materialAdded: true } : failedIn('addFile', result.failure);
	},
	addLink: async ({ locals, params, request }) => {
		const values = formValues(await request.formData());
		const result = await attempt(values, () =>
			addLinkMaterial(locals.actor, params.id, params.sessionId, nestFields(values))
		);
		return result.ok ? { materialAdded: true } : failedIn('addLink', result.failure);
	},
	removeMaterial: async ({ locals, params, request }) => {
		const values = formValues(await request.formData());
		const result = await attempt(values, () =>
			removeMaterial(locals.actor, params.id, String(values.materialId))
		);
		return result.ok ? { removed: true } : failedIn('materials', result.failure);
	}
};
