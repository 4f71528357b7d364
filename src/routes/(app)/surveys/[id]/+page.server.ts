import { localizedFields, nestFields } from '#lib/forms/fields.js';
import {
	autonym,
	contentLanguagesByName,
	interfaceLocales,
	languageNames
} from '#lib/i18n/content-languages.js';
import type { ContentLocale, Localized } from '#lib/i18n/localized.js';
import { getLocale } from '#lib/paraglide/runtime.js';
import {
	addSection,
	deleteQuestion,
	deleteSection,
	moveQuestion,
	updateSection
} from '#lib/server/surveys/builder.js';
import { hasRespondentWords } from '#lib/server/i18n/respondent-words.js';
import { getSurvey, updateSurvey } from '#lib/server/surveys/surveys.js';
import { attempt, formValues } from '#lib/server/web/forms.js';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, params }) => {
	const survey = await getSurvey(locals.actor, params.id);
	// The survey's languages, then any other its title or introduction is written in: nothing unseen is lost.
	const settingsLanguages = [
		...new Set([...survey.languages, ...keysOf(survey.title), ...keysOf(survey.introduction)])
	];
	return {
		survey,
		settingsLanguages,
		languageNames: languageNames(contentLanguagesByName(getLocale()), getLocale()),
		settings: {
			...localizedFields('title', survey.title, settingsLanguages),
			...localizedFields('introduction', survey.introduction, settingsLanguages),
			languages: survey.languages,
			wordsFallback: survey.wordsFallback
		},
		interfaceLanguages: interfaceLocales.map((tag) => ({ tag, name: autonym(tag) })),
		withoutWords: survey.languages.filter((tag) => !hasRespondentWords(tag))
	};
};

const keysOf = (value: Localized | null) => Object.keys(value ?? {}) as ContentLocale[];
const text = (values: Record<string, unknown>, name: string) => String(values[name] ?? '');

export const actions: Actions = {
	settings: async ({ locals, params, request }) => {
		const values = formValues(await request.formData(), ['languages']);
		const result = await attempt(values, () => updateSurvey(locals.actor, params.id, nestFields(values)));
		return result.ok ? { form: 'settings', saved: true } : result.failure;
	},
	addSection: async ({ locals, params, request }) => {
		const values = formValues(await request.formData());
		const result = await attempt(values, () => addSection(locals.actor, params.id, nestFields(values)));
		return result.ok ? { form: 'addSection', saved: true } : result.failure;
	},
	updateSection: async ({ locals, params, request }) => {
		const values = formValues(await request.formData());
		const { section, ...fields } = values;
		const result = await attempt(values, () =>
			updateSection(locals.actor, params.id, String(section ?? ''), nestFields(fields))
		);
		return result.ok ? { form: `section:${text(values, 'name')}`, saved: true } : result.failure;
	},
	deleteSection: async ({ locals, params, request }) => {
		const values = formValues(await request.formData());
		const result = await attempt(values, () =>
			deleteSection(locals.actor, params.id, text(values, 'section'))
		);
		return result.ok ? { saved: true } : result.failure;
	},
	move: async ({ locals, params, request }) => {
		const values = formValues(await request.formData());
		const direction = values.direction === 'up' ? 'up' : 'down';
		const result = await attempt(values, () =>
			moveQuestion(locals.actor, params.id, text(values, 'question'), direction)
		);
		return result.ok ? { saved: true } : result.failure;
	},
	deleteQuestion: async ({ locals, params, request }) => {
		const values = formValues(await request.formData());
		const result = await attempt(values, () =>
			deleteQuestion(locals.actor, params.id, text(values, 'question'))
		);
		return result.ok ? { saved: true } : result.failure;
	}
};
