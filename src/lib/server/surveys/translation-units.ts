// A survey's texts as translation units, each with an id built from names that stay the same across
// versions (a question's name, a choice's value), never from positions: moving a question keeps its
// units and their translations.
import type { Localized } from '../../i18n/localized.js';
import type { SurveyDefinition } from '../../surveys/definition.js';
import { slotList, unitsOf, type Slot } from '../translation/slots.js';
import type { TextUnit } from '../translation/units.js';

export type SurveyTexts = { title: Localized; introduction: Localized | null; definition: SurveyDefinition };

/** Every text of a survey in reading order, with the limits its schema sets (definition.ts, schemas.ts). */
export function surveySlots(survey: SurveyTexts): Slot[] {
	const { slots, add } = slotList();
	add('survey/title', 'Survey title', 300, survey, 'title');
	add(
		'survey/introduction',
		'Survey introduction, shown above the first question',
		4000,
		survey,
		'introduction'
	);
	for (const section of survey.definition.sections) {
		add(`section/${section.name}/title`, `Section ${section.name}: title`, 500, section, 'title');
		for (const question of section.questions) {
			const about = `Question ${question.name} (${question.type})`;
			const id = `question/${question.name}`;
			add(`${id}/label`, `${about}: the question`, 2000, question, 'label');
			add(`${id}/hint`, `${about}: hint shown under it`, 2000, question, 'help');
			for (const choice of question.choices)
				add(
					`choice/${question.name}/${choice.value}/label`,
					`${about}: choice ${choice.value}`,
					500,
					choice,
					'label'
				);
			for (const row of question.rows)
				add(`row/${question.name}/${row.value}/label`, `${about}: row ${row.value}`, 500, row, 'label');
			if (question.scale) {
				const { scale } = question;
				add(`${id}/min-label`, `${about}: label of ${scale.min}`, 200, scale, 'minLabel');
				add(`${id}/max-label`, `${about}: label of ${scale.max}`, 200, scale, 'maxLabel');
			}
			if (question.constraint)
				add(
					`${id}/constraint-message`,
					`${about}: message when the answer is refused`,
					500,
					question.constraint,
					'message'
				);
		}
	}
	return slots;
}

/** The survey's texts as units (those with no text in any language included: they may be written later). */
export const surveyUnits = (survey: SurveyTexts): TextUnit[] => unitsOf(surveySlots(survey));
