import { redirect } from '@sveltejs/kit';
import { getLocale } from '#lib/paraglide/runtime.js';
import { languageNames } from '#lib/i18n/content-languages.js';
import { questionInput } from '#lib/surveys/schemas.js';
import { addQuestion } from '#lib/server/surveys/builder.js';
import { DomainError } from '#lib/server/errors.js';
import { getSurvey } from '#lib/server/surveys/surveys.js';
import { attempt, formValues } from '#lib/server/web/forms.js';
import { earlierQuestions } from '../earlier.js';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, params, url }) => {
	const survey = await getSurvey(locals.actor, params.id);
	const sectionName = url.searchParams.get('section') ?? '';
	const section = survey.definition.sections.find((candidate) => candidate.name === sectionName);
	if (!section) throw new DomainError('not_found', 'no such section in this survey');
	return {
		survey: { id: survey.id, title: survey.title, languages: survey.languages },
		languageNames: languageNames(survey.languages, getLocale()),
		section: { name: section.name, title: section.title ?? null },
		earlier: earlierQuestions(survey.definition, { section: section.name }, getLocale())
	};
};

export const actions: Actions = {
	default: async ({ locals, params, request, url }) => {
		const values = formValues(await request.formData(), ['correct']);
		const result = await attempt(values, () =>
			addQuestion(locals.actor, params.id, url.searchParams.get('section') ?? '', questionInput(values))
		);
		if (!result.ok) return result.failure;
		redirect(303, `/surveys/${params.id}#section-${url.searchParams.get('section') ?? ''}`);
	}
};
