// The questions a question's conditions may name: those asked before it.
import { localizedText, type ContentLocale } from '#lib/i18n/localized.js';
import type { SurveyDefinition } from '#lib/surveys/definition.js';
import { questionsOf } from '#lib/surveys/question-types.js';

export function earlierQuestions(
	definition: SurveyDefinition,
	before: { question: string } | { section: string },
	reader: ContentLocale
): { name: string; label: string }[] {
	const all = questionsOf(definition);
	let end: number;
	if ('question' in before) end = all.findIndex((question) => question.name === before.question);
	else {
		// A new question goes at the end of its section: everything up to there comes before it.
		const index = definition.sections.findIndex((section) => section.name === before.section);
		end = definition.sections.slice(0, index + 1).reduce((sum, section) => sum + section.questions.length, 0);
	}
	return all.slice(0, Math.max(end, 0)).map((question) => ({
		name: question.name,
		label: localizedText(question.label, reader)
	}));
}
