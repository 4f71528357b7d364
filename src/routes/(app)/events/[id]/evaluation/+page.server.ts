import { evaluationMail } from '#lib/evaluation/mail.js';
import { copyPlan, getPlan, removePhase, savePhase } from '#lib/server/evaluation/plan.js';
import { listPersonalLinks, personalEvaluationPath } from '#lib/server/evaluation/links.js';
import { sendPersonalLinks } from '#lib/server/evaluation/mailings.js';
import { absoluteLink } from '#lib/server/web/links.js';
import { attempt, formValues } from '#lib/server/web/forms.js';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, params }) => {
	const plan = await getPlan(locals.actor, params.id);
	const links = await listPersonalLinks(locals.actor, params.id);
	return {
		plan,
		links: links.map(({ registrationId, fullName, token }) => ({
			registrationId,
			fullName,
			link: absoluteLink(personalEvaluationPath(token))
		}))
	};
};

export const actions: Actions = {
	save: async ({ locals, params, request }) => {
		const values = formValues(await request.formData());
		const result = await attempt(values, () => savePhase(locals.actor, params.id, values));
		return result.ok ? { saved: true } : result.failure;
	},
	copy: async ({ locals, params, request }) => {
		const values = formValues(await request.formData());
		const result = await attempt(values, () =>
			copyPlan(locals.actor, params.id, String(values.fromEventId ?? ''))
		);
		return result.ok ? { copied: result.value } : result.failure;
	},
	remove: async ({ locals, params, request }) => {
		const values = formValues(await request.formData());
		const result = await attempt({}, () =>
			removePhase(locals.actor, params.id, String(values.phaseId ?? ''))
		);
		return result.ok ? { removed: true } : result.failure;
	},
	send: async ({ locals, params }) => {
		const result = await attempt({}, () =>
			sendPersonalLinks(locals.actor, params.id, evaluationMail(absoluteLink))
		);
		return result.ok ? { sent: result.value } : result.failure;
	}
};
