// The satisfaction questionnaire's rating questions of one instrument version: the survey results'
// figures (n, mean, median, top-two-box) under the same small-cell rule. Answers only, never whose (pure).
import type { Localized } from '../../../i18n/localized.js';
import type { Answers, SurveyDefinition } from '../../../surveys/definition.js';
import { defaultRatingScale, questionsOf, ratingPoints } from '../../../surveys/question-types.js';
import { ratingFigures, type RatingFigures } from '../../surveys/results/rating-figures.js';
import { orderedCounts } from '../../surveys/results/value-counts.js';

export type RatingQuestionFigures = {
	name: string;
	label: Localized;
	scale: { min: number; max: number };
	figures: RatingFigures;
};

/** The figures of every rating question of `definition` over these answers. */
export function satisfactionFigures(
	definition: SurveyDefinition,
	answers: readonly Answers[]
): RatingQuestionFigures[] {
	return questionsOf(definition)
		.filter((question) => question.type === 'rating')
		.map((question) => {
			const scale = question.scale ?? defaultRatingScale;
			const found = new Map<string, number>();
			for (const answer of answers) {
				const value = answer[question.name];
				if (typeof value !== 'number' && typeof value !== 'string') continue;
				found.set(String(value), (found.get(String(value)) ?? 0) + 1);
			}
			const answered = [...found.values()].reduce((total, count) => total + count, 0);
			return {
				name: question.name,
				label: question.label,
				scale: { min: scale.min, max: scale.max },
				figures: ratingFigures(orderedCounts(ratingPoints(scale), found, answered), scale)
			};
		});
}
