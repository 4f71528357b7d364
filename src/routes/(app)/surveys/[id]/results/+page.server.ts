import { getLocale } from '#lib/paraglide/runtime.js';
import { listCountryChoices } from '#lib/server/directory/countries.js';
import { filterChoices } from '#lib/server/surveys/results/filter-choices.js';
import { getResultsSurvey } from '#lib/server/surveys/results/results-survey.js';
import { surveyResults } from '#lib/server/surveys/results/survey-results.js';
import { testScores } from '#lib/server/surveys/results/test-scores.js';
import { isTest } from '#lib/evaluation/scoring.js';
import { readResultsFilters } from '#lib/surveys/results-filters.js';
import type { PageServerLoad } from './$types';

// A page to read: charts are drawn on the server, filters and export are GET forms. No script.
export const csr = false;

export const load: PageServerLoad = async ({ locals, params, url }) => {
	const survey = await getResultsSurvey(locals.actor, params.id);
	const filters = readResultsFilters(url.searchParams);
	// `texts` names the question whose free texts are paged through, `page` the page.
	const paging = {
		question: url.searchParams.get('texts') ?? undefined,
		page: Math.max(1, Number.parseInt(url.searchParams.get('page') ?? '1', 10) || 1)
	};
	const [results, choices, countries, scores] = await Promise.all([
		surveyResults(survey, filters, paging),
		filterChoices(survey),
		listCountryChoices(locals.actor, getLocale()),
		isTest(survey.definition) ? testScores(survey, filters) : null
	]);
	return {
		survey,
		filters,
		results,
		scores,
		choices,
		countryNames: Object.fromEntries(countries.map((country) => [country.code, country.name]))
	};
};
