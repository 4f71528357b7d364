import { redirect } from '@sveltejs/kit';
import { getLocale } from '#lib/paraglide/runtime.js';
import { languageNames } from '#lib/i18n/content-languages.js';
import { questionsOf } from '#lib/surveys/definition.js';
import { questionInput } from '#lib/surveys/schemas.js';
import { updateQuestion } from '#lib/server/surveys/builder.js';
import { DomainError } from '#lib/server/errors.js';
import { getSurvey } from '#lib/server/surveys/surveys.js';
import { attempt, formValues } from '#lib/server/web/forms.js';
import { earlierQuestions } from '../earlier.js';
import { questionFields } from '../question-fields.js';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, params }) => {
	const survey = await getSurvey(locals.actor, params.id);
	const question = questionsOf(survey.definition).find((candidate) => candidate.name === params.name);
	if (!question) throw new DomainError('not_found', 'no such question in this survey');
	return {
		survey: { id: survey.id, title: survey.title, languages: survey.languages },
		languageNames: languageNames(survey.languages, getLocale()),
		question: { name: question.name, label: question.label },
		fields: questionFields(question, survey.languages),
		earlier: earlierQuestions(survey.definition, { question: question.name }, getLocale())
	};
};

export const actions: Actions = {
	default: async ({ locals, params, request }) => {
		const values = formValues(await request.formData(), ['correct']);
		const result = await attempt(values, () =>
			updateQuestion(locals.actor, params.id, params.name, questionInput(values))
		);
		if (!result.ok) return result.failure;
		redirect(303, `/surveys/${params.id}`);
	}
};
