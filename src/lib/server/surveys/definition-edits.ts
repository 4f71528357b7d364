// The builder's changes to a survey's definition, as pure functions: each returns a new definition
// (the caller validates the whole of it and saves it). Names are looked up, never positions, so a
// form posted from a page that is a little out of date still changes the question it showed.
import type { Question, Section, SurveyDefinition } from '../../surveys/definition.js';
import { DomainError } from '../errors.js';

type Located = { section: number; question: number };

export function locateQuestion(definition: SurveyDefinition, name: string): Located {
	for (const [s, section] of definition.sections.entries()) {
		const q = section.questions.findIndex((question) => question.name === name);
		if (q >= 0) return { section: s, question: q };
	}
	throw new DomainError('not_found', 'no such question');
}

export function getQuestion(definition: SurveyDefinition, name: string): Question {
	const at = locateQuestion(definition, name);
	return definition.sections[at.section].questions[at.question];
}

function sectionIndex(definition: SurveyDefinition, name: string): number {
	const index = definition.sections.findIndex((section) => section.name === name);
	if (index < 0) throw new DomainError('not_found', 'no such section');
	return index;
}

/** A name already in use is refused beside the form's name field (the schema would say it elsewhere). */
function assertFreeName(names: Iterable<string>, name: string): void {
	for (const taken of names)
		if (taken === name)
			throw new DomainError('invalid', 'the name is taken', { fields: { name: ['duplicate_name'] } });
}
const questionNames = (definition: SurveyDefinition) =>
	definition.sections.flatMap((section) => section.questions.map((question) => question.name));
const sectionNames = (definition: SurveyDefinition) => definition.sections.map((section) => section.name);

const withSections = (definition: SurveyDefinition, sections: Section[]): SurveyDefinition => ({
	...definition,
	sections
});

export function addSection(
	definition: SurveyDefinition,
	section: Omit<Section, 'questions'>
): SurveyDefinition {
	assertFreeName(sectionNames(definition), section.name);
	return withSections(definition, [...definition.sections, { ...section, questions: [] }]);
}

export function updateSection(
	definition: SurveyDefinition,
	name: string,
	changes: Omit<Section, 'questions'>
): SurveyDefinition {
	const index = sectionIndex(definition, name);
	if (changes.name !== name) assertFreeName(sectionNames(definition), changes.name);
	return withSections(
		definition,
		definition.sections.map((section, s) => (s === index ? { ...section, ...changes } : section))
	);
}

/** A section is removed once empty: its questions are deleted (or moved) one by one, each checked. */
export function deleteSection(definition: SurveyDefinition, name: string): SurveyDefinition {
	const index = sectionIndex(definition, name);
	if (definition.sections[index].questions.length > 0)
		throw new DomainError('conflict', 'the section has questions', { fields: { _: ['section_not_empty'] } });
	return withSections(
		definition,
		definition.sections.filter((_, s) => s !== index)
	);
}

export function addQuestion(
	definition: SurveyDefinition,
	sectionName: string,
	question: Question
): SurveyDefinition {
	const index = sectionIndex(definition, sectionName);
	assertFreeName(questionNames(definition), question.name);
	return withSections(
		definition,
		definition.sections.map((section, s) =>
			s === index ? { ...section, questions: [...section.questions, question] } : section
		)
	);
}

/** Replaces a question; a new name is carried into the conditions that name it. */
export function updateQuestion(
	definition: SurveyDefinition,
	name: string,
	question: Question
): SurveyDefinition {
	const at = locateQuestion(definition, name);
	const renamed = question.name !== name;
	if (renamed) assertFreeName(questionNames(definition), question.name);
	return withSections(
		definition,
		definition.sections.map((section, s) => ({
			...section,
			questions: section.questions.map((existing, q) => {
				if (s === at.section && q === at.question) return question;
				if (!renamed) return existing;
				return {
					...existing,
					showIf: existing.showIf.map((condition) =>
						condition.question === name ? { ...condition, question: question.name } : condition
					)
				};
			})
		}))
	);
}

/** The questions whose conditions name `name`. */
export const questionsDependingOn = (definition: SurveyDefinition, name: string): Question[] =>
	definition.sections.flatMap((section) =>
		section.questions.filter((question) => question.showIf.some((condition) => condition.question === name))
	);

export function deleteQuestion(definition: SurveyDefinition, name: string): SurveyDefinition {
	const at = locateQuestion(definition, name);
	const dependants = questionsDependingOn(definition, name);
	if (dependants.length > 0)
		throw new DomainError('conflict', 'other questions are asked depending on this one', {
			fields: { _: ['question_in_condition'] },
			details: { questions: dependants.map((question) => question.name) }
		});
	return withSections(
		definition,
		definition.sections.map((section, s) =>
			s === at.section
				? { ...section, questions: section.questions.filter((_, q) => q !== at.question) }
				: section
		)
	);
}

/**
 * Moves a question one place up or down; at the edge of its section it crosses into the next
 * section (to the end of the one before, the start of the one after). At the very top or bottom it
 * stays where it is.
 */
export function moveQuestion(
	definition: SurveyDefinition,
	name: string,
	direction: 'up' | 'down'
): SurveyDefinition {
	const at = locateQuestion(definition, name);
	const sections = definition.sections.map((section) => ({ ...section, questions: [...section.questions] }));
	const here = sections[at.section].questions;
	const [question] = here.splice(at.question, 1);
	if (direction === 'up') {
		if (at.question > 0) here.splice(at.question - 1, 0, question);
		else if (at.section > 0) sections[at.section - 1].questions.push(question);
		else here.unshift(question);
	} else {
		if (at.question < here.length) here.splice(at.question + 1, 0, question);
		else if (at.section < sections.length - 1) sections[at.section + 1].questions.unshift(question);
		else here.push(question);
	}
	return withSections(definition, sections);
}
