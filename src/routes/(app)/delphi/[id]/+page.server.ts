import { fail } from '@sveltejs/kit';
import { declaredLanguages, type ContentLocale } from '#lib/i18n/content-languages.js';
import { getLocale } from '#lib/paraglide/runtime.js';
import { nestFields } from '#lib/forms/fields.js';
import { panelMail } from '#lib/delphi/panel-mail.js';
import { schedulePanelMail } from '#lib/server/delphi/mail-panel.js';
import { monitorRounds } from '#lib/server/delphi/monitoring.js';
import { listPanel } from '#lib/server/delphi/panel.js';
import { closeRound, getRound, openRound } from '#lib/server/delphi/rounds.js';
import {
	addDomain,
	addStatement,
	getStudy,
	listDomains,
	listSuggestions
} from '#lib/server/delphi/studies.js';
import { attempt, formValues } from '#lib/server/web/forms.js';
import { absoluteLink } from '#lib/server/web/links.js';
import type { Actions, PageServerLoad } from './$types';

export const csr = false;

export const load: PageServerLoad = async ({ locals, params }) => {
	const [study, domains, panel, rounds, suggestions] = await Promise.all([
		getStudy(locals.actor, params.id),
		listDomains(locals.actor, params.id),
		listPanel(locals.actor, params.id),
		monitorRounds(locals.actor, params.id),
		listSuggestions(locals.actor, params.id)
	]);
	const groups = [...new Set(panel.map((row) => row.stakeholderGroup))];
	return {
		study,
		domains,
		panel: { size: panel.length, groups },
		rounds,
		suggestions,
		declared: declaredLanguages(study.languages as ContentLocale[], getLocale())
	};
};

/** The date a datetime-local field gives, read as UTC; blank is "now". */
const sendTime = (value: unknown) => (typeof value === 'string' && value ? new Date(`${value}Z`) : null);

export const actions: Actions = {
	addDomain: async ({ locals, params, request }) => {
		const values = formValues(await request.formData());
		const result = await attempt(values, () => addDomain(locals.actor, params.id, nestFields(values)));
		return result.ok ? { done: 'domain' } : result.failure;
	},
	addStatement: async ({ locals, params, request }) => {
		const values = formValues(await request.formData());
		const result = await attempt(values, () => addStatement(locals.actor, params.id, nestFields(values)));
		return result.ok ? { done: 'statement' } : result.failure;
	},
	openRound: async ({ locals, params, request }) => {
		const values = formValues(await request.formData());
		const result = await attempt(values, () => openRound(locals.actor, params.id, values));
		return result.ok ? { done: 'round_opened' } : result.failure;
	},
	closeRound: async ({ locals, request }) => {
		const values = formValues(await request.formData());
		const result = await attempt(values, () => closeRound(locals.actor, String(values.roundId)));
		return result.ok ? { done: 'round_closed' } : result.failure;
	},
	mail: async ({ locals, params, request }) => {
		const values = formValues(await request.formData());
		const kind = values.kind === 'links' ? 'links' : 'reminder';
		const sendAt = sendTime(values.sendAt);
		if (sendAt && Number.isNaN(sendAt.getTime()))
			return fail(400, { fields: { sendAt: ['invalid_date'] }, values, code: 'invalid' });
		const result = await attempt(values, async () => {
			const [study, round] = await Promise.all([
				getStudy(locals.actor, params.id),
				getRound(locals.actor, String(values.roundId))
			]);
			return schedulePanelMail(locals.actor, round.id, {
				kind,
				sendAt,
				compose: panelMail(kind, study, round, absoluteLink)
			});
		});
		return result.ok
			? { done: 'mail', mail: { ...result.value, sendAt: sendAt?.toISOString() ?? null } }
			: result.failure;
	}
};
