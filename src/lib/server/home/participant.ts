// The participant's part of the home page: their trainings, the tests to take now, their results per
// module once the post-test has closed, and their certificates.
//
// A person's registrations are found by their account's email address (case aside): registration
// forms and imports take an address, never an account, so registration.user_id is not written today.
// Accounts are made by administrators and invitations only (no sign-up), so the address is theirs.
import { sql } from 'drizzle-orm';
import type { Phase } from '../../evaluation/values.js';
import type { Localized } from '../../i18n/localized.js';
import { hasRole, type Actor } from '../auth/actor.js';
import { db } from '../db/client.js';
import { personalEvaluationPath, personalLinksOf } from '../evaluation/links.js';
import { countedAttempts, maxPostTestAttempts } from '../evaluation/take.js';
import {
	boundedList,
	eventColumns,
	mapItems,
	soonestThenLatest,
	type Bounded,
	type EventItem
} from './lists.js';

export type MyTraining = EventItem & {
	isOnline: boolean;
	city: string | null;
	countryName: Localized | null;
	/** Its public page exists (published, not archived). */
	isPublic: boolean;
};

export type TestToTake = {
	eventId: string;
	eventTitle: Localized;
	phaseId: string;
	phase: Phase;
	offsetDays: number;
	instrumentTitle: Localized;
	closesAt: Date;
	/** The person's own page of the event's tests (`/t/<token>`). */
	path: string;
};

export type ModuleScore = { module: string; phase: 'pre' | 'post'; score: number; maxScore: number };

export type MyResults = EventItem & {
	/** Percent of the marks on the pre-test and on the post-test that counts; null if not taken. */
	pre: number | null;
	post: number | null;
	modules: ModuleScore[];
};

export type MyCertificate = { code: string; eventTitle: Localized; issuedAt: Date; path: string };

export type ParticipantHome = {
	trainings: Bounded<MyTraining>;
	tests: Bounded<TestToTake>;
	results: Bounded<MyResults>;
	certificates: Bounded<MyCertificate>;
};

type Row = {
	trainings: Bounded<MyTraining>;
	tests: Bounded<
		Omit<TestToTake, 'closesAt' | 'path'> & { closesAt: string; registrationId: string; token: string | null }
	>;
	results: Bounded<MyResults>;
	certificates: Bounded<{ code: string; eventTitle: Localized; issuedAt: string }>;
};

/**
 * The participant's section: for every signed-in person with confirmed registrations, and for
 * participants without any yet (to say what to do); null for anyone else.
 */
export async function participantHome(actor: Actor): Promise<ParticipantHome | null> {
	if (actor.kind !== 'user') return null;
	const own = sql`lower(r.email) = lower(${actor.email})`;
	const confirmed = sql`${own} and r.status = 'confirmed'`;
	const [row] = (
		await db().execute<Row>(sql`select
		${boundedList(
			sql`select ${eventColumns}, event.is_online as "isOnline", event.city, country.name as "countryName",
				event.is_published and event.archived_at is null as "isPublic"
			from registration r join event on event.id = r.event_id and event.archived_at is null
			left join country on country.code = event.country_code
			where ${confirmed}`,
			soonestThenLatest
		)} as trainings,
		${boundedList(
			// Open phases not answered yet, and a failed post-test that may be taken again.
			sql`select event.id as "eventId", event.title as "eventTitle", p.id as "phaseId", p.phase,
				p.offset_days as "offsetDays", s.title as "instrumentTitle", p.closes_at as "closesAt",
				r.id as "registrationId", l.token
			from registration r join event on event.id = r.event_id and event.archived_at is null
			join evaluation_phase p on p.event_id = event.id and now() >= p.opens_at and now() < p.closes_at
			join survey s on s.id = p.survey_id and s.archived_at is null
			left join evaluation_link l on l.registration_id = r.id
			cross join lateral (select count(*) as attempts, bool_or(coalesce(x.passed, true)) as passed
				from evaluation_submission x where x.phase_id = p.id and x.registration_id = r.id) a
			where ${confirmed}
				and not exists (select 1 from evaluation_receipt c where c.phase_id = p.id and c.registration_id = r.id)
				and (a.attempts = 0 or (p.phase = 'post' and not a.passed and a.attempts < ${maxPostTestAttempts}))`,
			sql`"closesAt", "phaseId"`
		)} as tests,
		${boundedList(
			sql`select ${eventColumns}, m.pre, m.post, coalesce(m.modules, '[]'::json) as modules
			from registration r join event on event.id = r.event_id and event.archived_at is null
			join evaluation_phase p on p.event_id = event.id and p.phase = 'post' and now() >= p.closes_at
			cross join lateral (
				with counted as (${countedAttempts(sql`r.id`)})
				select (select (c.score / nullif(c.max_score, 0) * 100)::float8 from counted c where c.phase = 'pre') as pre,
					(select (c.score / nullif(c.max_score, 0) * 100)::float8 from counted c where c.phase = 'post') as post,
					(select json_agg(json_build_object('module', i.module, 'phase', c.phase,
						'score', i.score, 'maxScore', i.marks) order by i.module, c.phase)
						from counted c cross join lateral (select e.module, sum(e.earned)::float8 as score,
							sum(e.marks)::float8 as marks from evaluation_item e
							where e.submission_id = c.id and e.module is not null group by e.module) i) as modules) m
			where ${confirmed} and (m.pre is not null or m.post is not null)`,
			sql`"endsOn" desc, "eventId"`
		)} as results,
		${boundedList(
			sql`select c.code, event.title as "eventTitle", c.issued_at as "issuedAt"
			from certificate c join registration r on r.id = c.registration_id
			join event on event.id = r.event_id
			where ${own} and c.revoked_at is null`,
			sql`"issuedAt" desc, code`
		)} as certificates`)
	).rows;
	if (row.trainings.total === 0 && row.certificates.total === 0 && !hasRole(actor, 'participant'))
		return null;
	const tokens = await personalLinksOf([
		...new Set(row.tests.items.filter((test) => test.token === null).map((test) => test.registrationId))
	]);
	return {
		trainings: row.trainings,
		tests: mapItems(row.tests, ({ registrationId, token, closesAt, ...test }) => ({
			...test,
			closesAt: new Date(closesAt),
			path: personalEvaluationPath(token ?? tokens.get(registrationId)!)
		})),
		results: row.results,
		certificates: mapItems(row.certificates, ({ issuedAt, ...certificate }) => ({
			...certificate,
			issuedAt: new Date(issuedAt),
			path: `/certificates/${certificate.code}`
		}))
	};
}
