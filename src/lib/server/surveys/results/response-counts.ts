// How many answered: per invitation group and per country, against the invitations sent.
import { sql } from 'drizzle-orm';
import { db } from '../../db/client.js';
import type { ResultsFilters } from '../../../surveys/results-filters.js';
import { responseConditions } from './internal/filtered-responses.js';
import type { ResultsSurvey } from './results-survey.js';

/** Invitations sent, complete responses to them, and complete anonymous responses. */
export type RateRow = {
	/** The group label or country code; null: anonymous (by group) or no country. */
	key: string | null;
	invited: number;
	responded: number;
	/** responded / invited; null without invitations. */
	rate: number | null;
	anonymous: number;
};

export type ResponseCounts = {
	complete: number;
	/** Started and not yet submitted (the filters on answers and dates do not apply to them). */
	inProgress: number;
	byGroup: RateRow[];
	byCountry: RateRow[];
	total: RateRow;
};

type RateQueryRow = {
	dimension: 'group' | 'country' | 'total';
	key: string | null;
	invited: number;
	responded: number;
	anonymous: number;
};

const rateRow = ({ key, invited, responded, anonymous }: RateQueryRow): RateRow => ({
	key,
	invited,
	responded,
	rate: invited > 0 ? responded / invited : null,
	anonymous
});

/** Null keys (anonymous, no country) last; the rest in order. */
const byKey = (a: RateRow, b: RateRow) =>
	a.key === b.key ? 0 : a.key === null ? 1 : b.key === null ? -1 : a.key.localeCompare(b.key);

export async function responseCounts(
	survey: ResultsSurvey,
	filters: ResultsFilters
): Promise<ResponseCounts> {
	const answered = responseConditions(survey, filters, { country: false });
	const invitationConditions = sql.join(
		[
			filters.country ? sql` and i.country_code = ${filters.country}` : sql``,
			filters.group !== undefined ? sql` and i.group_label = ${filters.group}` : sql``
		],
		sql``
	);
	// Invited respondents count in their invitation's group and country, the anonymous in their own
	// country; one pass over both, summed by group, by country and in all.
	const rates = db().execute<RateQueryRow>(sql`
		with counted as (
			select i.group_label as grp, i.country_code as country, 1 as invited,
				(r.id is not null)::int as responded, 0 as anonymous
			from survey_invitation i
			left join survey_response r on r.invitation_id = i.id and r.status = 'complete'${answered}
			where i.survey_id = ${survey.id}${invitationConditions}
			union all
			select null, r.country_code, 0, 0, 1
			from survey_response r left join survey_invitation i on false
			where r.survey_id = ${survey.id} and r.invitation_id is null and r.status = 'complete'
				${filters.group !== undefined ? sql`and false` : sql``}
				${filters.country ? sql`and r.country_code = ${filters.country}` : sql``}${answered}
		)
		select case when grouping(grp) = 0 then 'group' when grouping(country) = 0 then 'country'
				else 'total' end as dimension,
			case when grouping(grp) = 0 then grp else country end as key,
			sum(invited)::int as invited, sum(responded)::int as responded, sum(anonymous)::int as anonymous
		from counted group by grouping sets ((grp), (country), ())`);
	const inProgress = db().execute<{ count: number }>(sql`
		select count(*)::int as count
		from survey_response r left join survey_invitation i on i.id = r.invitation_id
		where r.survey_id = ${survey.id} and r.status = 'in_progress'
			${filters.country ? sql`and r.country_code = ${filters.country}` : sql``}
			${filters.group !== undefined ? sql`and i.group_label = ${filters.group}` : sql``}`);
	const [{ rows }, progress] = await Promise.all([rates, inProgress]);
	const of = (dimension: RateQueryRow['dimension']) =>
		rows
			.filter((row) => row.dimension === dimension)
			.map(rateRow)
			.sort(byKey);
	const total =
		of('total')[0] ?? rateRow({ dimension: 'total', key: null, invited: 0, responded: 0, anonymous: 0 });
	return {
		complete: total.responded + total.anonymous,
		inProgress: progress.rows[0].count,
		byGroup: of('group'),
		byCountry: of('country'),
		total
	};
}
