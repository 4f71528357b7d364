// The results page's figures: the response counts and every question's results.
import type { ResultsFilters } from '../../../surveys/results-filters.js';
import type { TextPaging } from './internal/answer-queries.js';
import { questionResults, type QuestionResult } from './question-results.js';
import { responseCounts, type ResponseCounts } from './response-counts.js';
import type { ResultsSurvey } from './results-survey.js';

export type SurveyResults = { counts: ResponseCounts; questions: QuestionResult[] };

/** The counts and every question's results, for the results page. */
export async function surveyResults(
	survey: ResultsSurvey,
	filters: ResultsFilters,
	paging: TextPaging = {}
): Promise<SurveyResults> {
	const [counts, questions] = await Promise.all([
		responseCounts(survey, filters),
		questionResults(survey, filters, paging)
	]);
	return { counts, questions };
}
