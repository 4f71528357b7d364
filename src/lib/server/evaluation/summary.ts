// The evaluation summary the dashboards read: rebuilt per event by a background job, never on a
// participant's submission. An event is due when a submission, registration or certificate of it
// changed after its last refresh (a cheap look at timestamps every minute).
import { eq, sql } from 'drizzle-orm';
import type { Profession } from '../../directory/values.js';
import {
	summaryCells,
	type SummaryPerson,
	type SummaryRatings,
	type SummaryTest
} from '../../evaluation/summary-cells.js';
import { db } from '../db/client.js';
import { evaluationSummary, evaluationSummaryRefresh } from '../db/schema/evaluation.js';
import { event } from '../db/schema/events.js';

const refreshTime = sql`now() - interval '10 seconds'`;

/** The job that rebuilds the summary of events changed since their last refresh. */
export const summaryRefreshJob = 'evaluation-summary-refresh';

/**
 * Rebuilds one event's summary cells in one transaction. The refresh time is kept 10 s before the
 * transaction's start: a submission still committing when it read is then seen as newer, and the
 * next run takes it (an event may be rebuilt once more than needed, never missed).
 */
export async function refreshSummary(eventId: string): Promise<void> {
	await db().transaction(async (tx) => {
		// One refresh of an event at a time: a second waits, then rebuilds from what it sees.
		await tx.execute(sql`select pg_advisory_xact_lock(hashtextextended(${`summary:${eventId}`}, 0))`);
		const [found] = await tx
			.select({ packageVersionId: event.packageVersionId })
			.from(event)
			.where(eq(event.id, eventId));
		if (!found) return;
		const people = await tx.execute<SummaryPerson>(sql`
			select r.id, r.country_code as "countryCode", r.profession, r.status = 'confirmed' as confirmed,
				exists (select 1 from certificate c where c.registration_id = r.id and c.revoked_at is null) as certified
			from registration r where r.event_id = ${eventId}`);
		const tests = await tx.execute<SummaryTest>(sql`
			select s.registration_id as "registrationId", p.phase, p.offset_days as "offsetDays", s.attempt,
				s.score::float8 as score, s.max_score::float8 as "maxScore", s.passed
			from evaluation_submission s join evaluation_phase p on p.id = s.phase_id
			where s.event_id = ${eventId} and s.registration_id is not null and s.score is not null
				and s.max_score > 0 and p.phase in ('pre', 'post', 'follow_up')`);
		// Each rating answer as percent of its question's scale (1–5 when it names none).
		const ratings = await tx.execute<SummaryRatings>(sql`
			select coalesce(s.country_code, r.country_code) as "countryCode",
				coalesce(s.profession, r.profession) as profession,
				count(distinct s.id)::int as responses, count(x.value)::int as ratings,
				coalesce(sum(x.value), 0)::float8 as "sumRatingPercent"
			from evaluation_submission s
			join evaluation_phase p on p.id = s.phase_id and p.phase = 'satisfaction'
			join instrument_version v on v.id = s.version_id
			left join registration r on r.id = s.registration_id
			left join lateral (
				select 100.0 * ((s.answers ->> (q ->> 'name'))::numeric - coalesce((q -> 'scale' ->> 'min')::numeric, 1))
					/ nullif(coalesce((q -> 'scale' ->> 'max')::numeric, 5) - coalesce((q -> 'scale' ->> 'min')::numeric, 1), 0) as value
				from jsonb_array_elements(v.definition -> 'sections') section,
					jsonb_array_elements(section -> 'questions') q
				where q ->> 'type' = 'rating' and jsonb_typeof(s.answers -> (q ->> 'name')) = 'number'
			) x on true
			where s.event_id = ${eventId} and coalesce(s.country_code, r.country_code) is not null
				and coalesce(s.profession, r.profession) is not null
			group by 1, 2`);
		const cells = summaryCells(people.rows, tests.rows, ratings.rows);
		await tx.delete(evaluationSummary).where(eq(evaluationSummary.eventId, eventId));
		if (cells.length > 0) {
			await tx.insert(evaluationSummary).values(
				cells.map((cell) => ({
					eventId,
					countryCode: cell.countryCode,
					profession: cell.profession as Profession,
					packageVersionId: found.packageVersionId,
					kind: cell.kind,
					offsetDays: cell.offsetDays,
					n: cell.sums.n,
					sumPre: cell.sums.sumPre,
					sumPost: cell.sums.sumPost,
					sumPreSquared: cell.sums.sumPreSquared,
					sumPostSquared: cell.sums.sumPostSquared,
					sumPreTimesPost: cell.sums.sumPreTimesPost,
					sumIndividualGains: cell.sums.sumIndividualGains,
					atMaxOnPre: cell.sums.atMaxOnPre,
					differences: { ...cell.sums.differences },
					sumBaseline: cell.sumBaseline,
					...cell.counts
				}))
			);
		}
		await tx
			.insert(evaluationSummaryRefresh)
			.values({ eventId, refreshedAt: refreshTime })
			.onConflictDoUpdate({ target: evaluationSummaryRefresh.eventId, set: { refreshedAt: refreshTime } });
	});
}

/**
 * The events whose submissions, registrations or certificates changed after their last refresh
 * (or never refreshed and with any of them).
 */
export async function eventsDueForRefresh(): Promise<string[]> {
	const { rows } = await db().execute<{ id: string }>(sql`
		select e.id from event e
		left join evaluation_summary_refresh f on f.event_id = e.id
		where exists (select 1 from evaluation_submission s
				where s.event_id = e.id and s.submitted_at > coalesce(f.refreshed_at, '-infinity'))
			or exists (select 1 from registration r
				where r.event_id = e.id and r.updated_at > coalesce(f.refreshed_at, '-infinity'))
			or exists (select 1 from registration r join certificate c on c.registration_id = r.id
				where r.event_id = e.id
					and greatest(c.issued_at, c.revoked_at) > coalesce(f.refreshed_at, '-infinity'))`);
	return rows.map((row) => row.id);
}

/** Refreshes every event due; how many. */
export async function refreshChangedSummaries(): Promise<number> {
	const due = await eventsDueForRefresh();
	for (const eventId of due) await refreshSummary(eventId);
	return due.length;
}
