import { fail, redirect } from '@sveltejs/kit';
import { answersFromForm } from '#lib/surveys/answers.js';
import { questionsOf } from '#lib/surveys/definition.js';
import { countryChoices } from '#lib/forms/choices.js';
import { publicActor } from '#lib/server/auth/actor.js';
import { listCountryChoices } from '#lib/server/directory/countries.js';
import { respondentWords } from '#lib/server/i18n/respondent-words.js';
import { openQuestionnaire, saveResponse } from '#lib/server/surveys/respond.js';
import { absoluteLink } from '#lib/server/web/links.js';
import { followLanguageLink, questionnaireLanguage } from '../questionnaire-language.js';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ params, url, cookies }) => {
	followLanguageLink(url, cookies);
	const opened = await openQuestionnaire(params.token);
	const language = questionnaireLanguage(
		opened.survey.languages,
		cookies,
		opened.state === 'open' ? opened.language : null
	);
	const asksCountry = questionsOf(opened.survey.definition).some((question) => question.type === 'country');
	const countries =
		opened.state === 'open' && asksCountry
			? countryChoices(await listCountryChoices(publicActor, language), language).map(({ code, name }) => ({
					code,
					name
				}))
			: [];
	return {
		state: opened.state,
		survey: opened.state === 'open' ? opened.survey : { ...opened.survey, definition: { sections: [] } },
		answers: opened.state === 'open' ? opened.answers : {},
		submissionKey: opened.state === 'open' ? opened.submissionKey : undefined,
		language,
		words: respondentWords(language),
		countries,
		saved: url.searchParams.has('saved'),
		isInvitation: opened.state === 'open' && opened.isInvitation,
		link: absoluteLink(url.pathname)
	};
};

export const actions: Actions = {
	default: async ({ params, request }) => {
		const form = await request.formData();
		const complete = form.get('intent') !== 'save';
		const result = await saveResponse(params.token, {
			answers: (definition) => answersFromForm(definition, form),
			language: String(form.get('language') ?? ''),
			submissionKey: String(form.get('submissionKey') ?? ''),
			complete
		});
		if (result.ok) {
			if (result.status === 'complete') redirect(303, `/s/${params.token}/thanks`);
			redirect(303, `/s/${result.resumeToken ?? params.token}?saved`);
		}
		if (result.reason === 'invalid') return fail(400, { errors: result.errors, answers: result.answers });
		return fail(409, { reason: result.reason });
	}
};
