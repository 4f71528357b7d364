import { fail, redirect } from '@sveltejs/kit';
import { countryChoices } from '#lib/forms/choices.js';
import { answersFromForm } from '#lib/surveys/answers.js';
import { questionsOf } from '#lib/surveys/definition.js';
import { publicActor } from '#lib/server/auth/actor.js';
import { listCountryChoices } from '#lib/server/directory/countries.js';
import { openInstrument, saveDraft, submitInstrument } from '#lib/server/evaluation/take.js';
import { respondentWords } from '#lib/server/i18n/respondent-words.js';
import { followLanguageLink, respondentLanguage } from '#lib/server/web/respondent-language.js';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ params, url, cookies }) => {
	followLanguageLink(url, cookies);
	const opened = await openInstrument(params.token, params.phaseId);
	const language = respondentLanguage(opened.languages, cookies, opened.language);
	const asksCountry = questionsOf(opened.definition).some((question) => question.type === 'country');
	return {
		token: params.token,
		opened,
		language,
		words: respondentWords('survey', language, opened.wordsFallback),
		evaluationWords: respondentWords('evaluation', language, opened.wordsFallback),
		countries: asksCountry
			? countryChoices(await listCountryChoices(publicActor, language), language).map(({ code, name }) => ({
					code,
					name
				}))
			: [],
		saved: url.searchParams.has('saved')
	};
};

export const actions: Actions = {
	default: async ({ params, request }) => {
		const form = await request.formData();
		const answers = (definition: Parameters<typeof answersFromForm>[0]) => answersFromForm(definition, form);
		const language = String(form.get('language') ?? '');
		if (form.get('intent') === 'save') {
			const saved = await saveDraft(params.token, params.phaseId, { answers, language });
			if (saved.ok) redirect(303, `/t/${params.token}/${params.phaseId}?saved`);
			return saved.reason === 'invalid'
				? fail(400, { errors: saved.errors, answers: saved.answers })
				: fail(409, { reason: saved.reason });
		}
		const result = await submitInstrument(params.token, params.phaseId, {
			answers,
			language,
			submissionKey: String(form.get('submissionKey') ?? '')
		});
		if (result.ok) redirect(303, `/t/${params.token}?received=${params.phaseId}`);
		if (result.reason === 'invalid') return fail(400, { errors: result.errors, answers: result.answers });
		return fail(409, { reason: result.reason });
	}
};
