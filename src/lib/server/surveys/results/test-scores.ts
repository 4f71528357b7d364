// A knowledge test's scores on the results page: how the complete responses the filters keep scored,
// as percentages of the test's marks, under the small-cell rule.
import { sql } from 'drizzle-orm';
import { scoreAnswers } from '../../../evaluation/scoring.js';
import { describeScores } from '../../../statistics/descriptive.js';
import { disclosure } from '../../../statistics/small-cells.js';
import type { Answers } from '../../../surveys/definition.js';
import type { ResultsFilters } from '../../../surveys/results-filters.js';
import { db } from '../../db/client.js';
import { filteredResponses } from './internal/filtered-responses.js';
import type { ResultsSurvey } from './results-survey.js';

/** Percent scores' n, mean, SD, median, lowest and highest; only n when fewer than 5 (`hidden`). */
export type TestScores = { maxScore: number } & (
	| { hidden: true }
	| { hidden: false; n: number; mean: number; sd: number | null; median: number; min: number; max: number }
);

/** The score distribution of a test's complete responses; percentages of `maxScore`. */
export function scoreSummary(maxScore: number, percents: readonly number[]): TestScores {
	if (disclosure(percents.length) === 'hidden') return { maxScore, hidden: true };
	const { n, mean, sd, median } = describeScores(percents);
	return {
		maxScore,
		hidden: false,
		n,
		mean: mean!,
		sd,
		median: median!,
		min: Math.min(...percents),
		max: Math.max(...percents)
	};
}

/** The test's scores over the complete responses the filters keep. */
export async function testScores(survey: ResultsSurvey, filters: ResultsFilters): Promise<TestScores> {
	const { rows } = await db().execute<{ answers: Answers }>(sql`
		with ${filteredResponses(survey, filters)}
		select answers from responses`);
	const scores = rows.map((row) => scoreAnswers(survey.definition, row.answers));
	const maxScore = scoreAnswers(survey.definition, {}).maxScore;
	return scoreSummary(
		maxScore,
		scores.map((score) => score.percent ?? 0)
	);
}
