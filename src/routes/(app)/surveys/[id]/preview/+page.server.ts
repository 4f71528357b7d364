import { fail } from '@sveltejs/kit';
import { countryChoices } from '#lib/forms/choices.js';
import type { ContentLocale } from '#lib/i18n/localized.js';
import { answersFromForm, validateAnswers } from '#lib/surveys/answers.js';
import { questionsOf } from '#lib/surveys/definition.js';
import { listCountryChoices } from '#lib/server/directory/countries.js';
import { respondentWords } from '#lib/server/i18n/respondent-words.js';
import { getSurvey } from '#lib/server/surveys/surveys.js';
import type { Actions, PageServerLoad } from './$types';

/** The questionnaire as respondents see it: no script either. */
export const csr = false;

const languageOf = (languages: string[], wanted: string | null): ContentLocale =>
	(wanted && languages.includes(wanted) ? wanted : languages[0]) as ContentLocale;

export const load: PageServerLoad = async ({ locals, params, url }) => {
	const survey = await getSurvey(locals.actor, params.id);
	const language = languageOf(survey.languages, url.searchParams.get('lang'));
	const asksCountry = questionsOf(survey.definition).some((question) => question.type === 'country');
	return {
		survey: {
			id: survey.id,
			title: survey.title,
			introduction: survey.introduction,
			definition: survey.definition,
			languages: survey.languages as ContentLocale[]
		},
		language,
		words: respondentWords(language),
		countries: asksCountry ? countryChoices(await listCountryChoices(locals.actor, language), language) : []
	};
};

export const actions: Actions = {
	// Checks the answers as a submission would, and saves nothing.
	default: async ({ locals, params, request }) => {
		const survey = await getSurvey(locals.actor, params.id);
		const form = await request.formData();
		const answers = answersFromForm(survey.definition, form);
		const { errors } = validateAnswers(survey.definition, answers, {
			complete: form.get('intent') !== 'save'
		});
		if (Object.keys(errors).length > 0) return fail(400, { errors, answers });
		return { accepted: true, answers };
	}
};
