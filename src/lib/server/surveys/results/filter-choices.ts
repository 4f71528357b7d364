// What the results' filter form offers.
import { sql } from 'drizzle-orm';
import { db } from '../../db/client.js';
import type { ResultsSurvey } from './results-survey.js';

/** What the filter form offers: the invitation groups and the countries respondents come from. */
export type FilterChoices = { groups: string[]; countryCodes: string[] };

export async function filterChoices(survey: ResultsSurvey): Promise<FilterChoices> {
	const [groups, countries] = await Promise.all([
		db().execute<{ group_label: string }>(sql`
			select distinct group_label from survey_invitation where survey_id = ${survey.id} order by 1`),
		// Each side reduced to its few countries first (a hash of a handful of codes): a union of all
		// the rows would sort every invitation and response (it cannot tell they hold few countries).
		db().execute<{ code: string }>(sql`
			select code from (
				select distinct country_code as code from survey_invitation
				where survey_id = ${survey.id} and country_code is not null
				union
				select distinct country_code from survey_response
				where survey_id = ${survey.id} and country_code is not null
			) countries order by 1`)
	]);
	return {
		groups: groups.rows.map((row) => row.group_label),
		countryCodes: countries.rows.map((row) => row.code)
	};
}
