// The complete responses a results page or export reads, as the filters keep them.
import { sql, type SQL } from 'drizzle-orm';
import { answerFilterOf, type ResultsFilters } from '../../../../surveys/results-filters.js';
import type { ResultsSurvey } from '../results-survey.js';

/**
 * The complete responses the filters keep, as the CTE `responses` every query starts from: `r` the
 * response, `i` its invitation (none for the anonymous link), `country` the respondent's.
 */
export function filteredResponses(survey: ResultsSurvey, filters: ResultsFilters): SQL {
	const conditions = responseConditions(survey, filters);
	// Not materialised: each query reads only the columns and rows it needs, straight from the table.
	return sql`responses as not materialized (
		select r.id, r.answers, r.submitted_at, r.language, i.group_label,
			coalesce(r.country_code, i.country_code) as country
		from survey_response r left join survey_invitation i on i.id = r.invitation_id
		where r.survey_id = ${survey.id} and r.status = 'complete'${conditions}
	)`;
}

/** The filters as `and …` conditions on `r` (response) and `i` (invitation). */
export function responseConditions(
	survey: ResultsSurvey,
	filters: ResultsFilters,
	{ country = true }: { country?: boolean } = {}
): SQL {
	const parts: SQL[] = [];
	if (country && filters.country)
		// The response keeps its invitation's country (see the schema): filtering on it alone spares
		// every query a join with the invitations when no group is asked for.
		parts.push(sql` and r.country_code = ${filters.country}`);
	if (filters.group !== undefined) parts.push(sql` and i.group_label = ${filters.group}`);
	const answer = answerFilterOf(filters, survey.definition);
	if (answer) {
		// Containment (`@>`) reads the same for one value and for one value in a list of choices.
		const stored = answer.question.type === 'multiple_choice' ? [answer.value] : answer.value;
		parts.push(sql` and r.answers @> ${JSON.stringify({ [answer.question.name]: stored })}::jsonb`);
	}
	if (filters.from)
		parts.push(sql` and r.submitted_at >= ${filters.from}::date::timestamp at time zone 'UTC'`);
	if (filters.to)
		parts.push(sql` and r.submitted_at < (${filters.to}::date + 1)::timestamp at time zone 'UTC'`);
	return sql.join(parts, sql``);
}
