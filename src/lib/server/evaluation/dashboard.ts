// A programme's evaluation dashboard: trainings against targets, participations and unique people,
// certificates, pre → post learning with its effect size, satisfaction, follow-up, per country and
// in all, read from the evaluation summary (never from the submissions) under the reader's filters.
// Coordinators see every country, focal points their countries only (in SQL), the public a
// published dashboard; every figure passes the small-cell rule before it leaves this module.
import { eq, sql, type SQL } from 'drizzle-orm';
import {
	addSlices,
	levelsCovered,
	shownCount,
	sliceFigures,
	type SliceFigures,
	type SliceSums
} from '../../evaluation/dashboard-figures.js';
import {
	DashboardFiltersSchema,
	PublishDashboardSchema,
	type DashboardFilters
} from '../../evaluation/schemas.js';
import { emptyCounts, type SummaryCounts } from '../../evaluation/summary-cells.js';
import type { SummaryKind } from '../../evaluation/values.js';
import type { Localized } from '../../i18n/localized.js';
import type { PairSums } from '../../statistics/pre-post-sums.js';
import type { Actor } from '../auth/actor.js';
import { authorize, can } from '../auth/authorize.js';
import { db } from '../db/client.js';
import { programme } from '../db/schema/programmes.js';
import { DomainError } from '../errors.js';
import { dashboardCountries, type ProgrammePlace } from '../programmes/policies.js';
import {
	findProgramme,
	getProgramme,
	trainingKinds,
	type ProgrammeRecord
} from '../programmes/programmes.js';
import { parseInput, type FieldsOf } from '../validate.js';

export type CountryFigures = SliceFigures & { countryCode: string };

export type ProgrammeDashboard = {
	programme: { id: string; name: Localized; acronym: string | null; dashboardPublic: boolean };
	filters: DashboardFilters;
	/** The countries the reader may filter by (their own, for a focal point). */
	countryChoices: string[];
	packageVersionChoices: { id: string; title: Localized; number: number }[];
	countryNames: Record<string, Localized>;
	/** Trainings (pilots, rollouts) begun, against the targets of the countries in view. */
	trainings: { held: number; target: number };
	/** Confirmed participations, unique people among them (by email) and the people targets in view. */
	people: { participations: number | null; unique: number | null; target: number };
	total: SliceFigures;
	countries: CountryFigures[];
	levels: ReturnType<typeof levelsCovered>;
	/** Whether the reader may publish or withdraw the dashboard (its coordinators). */
	canPublish: boolean;
};

const placeOf = (record: ProgrammeRecord): ProgrammePlace => ({
	kind: 'programme',
	programmeId: record.id,
	countryCodes: record.countries.map((c) => c.countryCode)
});

type SliceRow = {
	countryCode: string;
	kind: SummaryKind;
	offsetDays: number;
	n: number;
	sumPre: number;
	sumPost: number;
	sumPreSquared: number;
	sumPostSquared: number;
	sumPreTimesPost: number;
	sumIndividualGains: number;
	atMaxOnPre: number;
	differences: Record<string, number>;
	sumBaseline: number;
} & SummaryCounts;

/** The conditions of the filters and the reader's countries on the summary `s` and its event `e`. */
function summaryConditions(
	programmeId: string,
	filters: DashboardFilters,
	countries: string[] | undefined,
	countryColumn: SQL
): SQL {
	const conditions = [sql`e.programme_id = ${programmeId}`, sql`e.archived_at is null`];
	if (countries) conditions.push(countries.length > 0 ? sql`${countryColumn} in ${countries}` : sql`false`);
	if (filters.country) conditions.push(sql`${countryColumn} = ${filters.country}`);
	if (filters.packageVersion) conditions.push(sql`e.package_version_id = ${filters.packageVersion}`);
	if (filters.kind) conditions.push(sql`e.kind = ${filters.kind}`);
	if (filters.from) conditions.push(sql`e.starts_on >= ${filters.from}`);
	if (filters.to) conditions.push(sql`e.starts_on <= ${filters.to}`);
	return sql.join(conditions, sql` and `);
}

/** The summary's cells in view, added up per country, kind and follow-up offset (histograms merged in SQL). */
async function sliceRows(programmeId: string, filters: DashboardFilters, countries: string[] | undefined) {
	const where = summaryConditions(programmeId, filters, countries, sql`s.country_code`);
	const profession = filters.profession ? sql` and s.profession = ${filters.profession}` : sql``;
	const { rows } = await db().execute<SliceRow>(sql`
		select s.country_code as "countryCode", s.kind, s.offset_days as "offsetDays",
			sum(s.n)::int as n, sum(s.sum_pre) as "sumPre", sum(s.sum_post) as "sumPost",
			sum(s.sum_pre_squared) as "sumPreSquared", sum(s.sum_post_squared) as "sumPostSquared",
			sum(s.sum_pre_times_post) as "sumPreTimesPost", sum(s.sum_individual_gains) as "sumIndividualGains",
			sum(s.at_max_on_pre)::int as "atMaxOnPre", sum(s.sum_baseline) as "sumBaseline",
			sum(s.participants)::int as participants, sum(s.certificates)::int as certificates,
			sum(s.pre_only)::int as "preOnly", sum(s.post_only)::int as "postOnly",
			sum(s.post_takers)::int as "postTakers", sum(s.passes)::int as passes,
			sum(s.satisfaction_responses)::int as "satisfactionResponses", sum(s.ratings)::int as ratings,
			sum(s.sum_rating_percent) as "sumRatingPercent",
			(select coalesce(jsonb_object_agg(d.key, d.count), '{}'::jsonb)
				from (select h.key, sum(h.value::int) as count
					from unnest(array_agg(s.differences)) as cell(histogram), jsonb_each_text(cell.histogram) h
					group by h.key) d) as differences
		from evaluation_summary s join event e on e.id = s.event_id
		where ${where}${profession}
		group by s.country_code, s.kind, s.offset_days`);
	return rows;
}

const pairSumsOfRow = (row: SliceRow): PairSums => ({
	n: row.n,
	sumPre: row.sumPre,
	sumPost: row.sumPost,
	sumPreSquared: row.sumPreSquared,
	sumPostSquared: row.sumPostSquared,
	sumPreTimesPost: row.sumPreTimesPost,
	differences: row.differences,
	sumIndividualGains: row.sumIndividualGains,
	atMaxOnPre: row.atMaxOnPre
});

/** Each country's slice from its rows. */
function slicesByCountry(rows: readonly SliceRow[]): Map<string, SliceSums> {
	const slices = new Map<string, SliceSums>();
	for (const row of rows) {
		const slice = slices.get(row.countryCode) ?? {
			counts: { ...emptyCounts },
			prePost: addSlices([]).prePost,
			followUps: []
		};
		if (row.kind === 'pre_post') {
			slice.prePost = pairSumsOfRow(row);
			slice.counts = {
				participants: row.participants,
				certificates: row.certificates,
				preOnly: row.preOnly,
				postOnly: row.postOnly,
				postTakers: row.postTakers,
				passes: row.passes,
				satisfactionResponses: row.satisfactionResponses,
				ratings: row.ratings,
				sumRatingPercent: row.sumRatingPercent
			};
		} else {
			slice.followUps.push({
				offsetDays: row.offsetDays,
				sums: pairSumsOfRow(row),
				sumBaseline: row.sumBaseline
			});
		}
		slices.set(row.countryCode, slice);
	}
	return slices;
}

/** Confirmed participations and unique people (by lower(email)), straight from registrations. */
async function peopleInView(programmeId: string, filters: DashboardFilters, countries: string[] | undefined) {
	const where = summaryConditions(programmeId, filters, countries, sql`r.country_code`);
	const profession = filters.profession ? sql` and r.profession = ${filters.profession}` : sql``;
	const { rows } = await db().execute<{ participations: number; unique: number }>(sql`
		select count(*)::int as participations, count(distinct lower(r.email))::int as unique
		from registration r join event e on e.id = r.event_id
		where r.status = 'confirmed' and ${where}${profession}`);
	return rows[0];
}

/** Trainings (pilots, rollouts) of the programme begun by today, in the countries in view. */
async function trainingsHeld(
	programmeId: string,
	filters: DashboardFilters,
	countries: string[] | undefined
) {
	const where = summaryConditions(programmeId, filters, countries, sql`e.country_code`);
	const { rows } = await db().execute<{ held: number }>(sql`
		select count(*)::int as held from event e
		where ${where} and e.kind in ${[...trainingKinds]} and e.starts_on <= current_date`);
	return rows[0].held;
}

async function packageVersionChoices(programmeId: string) {
	const { rows } = await db().execute<{ id: string; title: Localized; number: number }>(sql`
		select v.id, p.title, v.number from package_version v join training_package p on p.id = v.package_id
		where v.id in (select e.package_version_id from event e where e.programme_id = ${programmeId})
		order by p.title ->> 'en', v.number`);
	return rows;
}

async function countryNamesOf(codes: readonly string[]): Promise<Record<string, Localized>> {
	const { rows } = await db().execute<{ code: string; name: Localized }>(sql`
		select code, name from country where code in ${codes.length > 0 ? [...codes] : ['']}`);
	return Object.fromEntries(rows.map((row) => [row.code.trim(), row.name]));
}

async function dashboardOf(
	record: ProgrammeRecord,
	filters: DashboardFilters,
	countries: string[] | undefined,
	canPublish: boolean
): Promise<ProgrammeDashboard> {
	const inView = (code: string) =>
		(!countries || countries.includes(code)) && (!filters.country || filters.country === code);
	const [rows, people, held, versions] = await Promise.all([
		sliceRows(record.id, filters, countries),
		peopleInView(record.id, filters, countries),
		trainingsHeld(record.id, filters, countries),
		packageVersionChoices(record.id)
	]);
	const slices = slicesByCountry(rows);
	const total = addSlices([...slices.values()]);
	const countryChoices = record.countries
		.map((c) => c.countryCode)
		.filter((code) => !countries || countries.includes(code));
	const codes = [...new Set([...countryChoices, ...slices.keys()])];
	return {
		programme: {
			id: record.id,
			name: record.name,
			acronym: record.acronym,
			dashboardPublic: record.dashboardPublic
		},
		filters,
		countryChoices,
		packageVersionChoices: versions,
		countryNames: await countryNamesOf(codes),
		trainings: {
			held,
			target: record.countries
				.filter((c) => inView(c.countryCode))
				.reduce((sum, c) => sum + c.trainingsTarget, 0)
		},
		people: {
			participations: shownCount(people.participations),
			unique: shownCount(people.unique),
			target: record.peopleTargets
				.filter((t) => inView(t.countryCode) && (!filters.profession || filters.profession === t.profession))
				.reduce((sum, t) => sum + t.people, 0)
		},
		total: sliceFigures(total),
		countries: [...slices]
			.sort(([a], [b]) => a.localeCompare(b))
			.map(([countryCode, slice]) => ({ countryCode, ...sliceFigures(slice) })),
		levels: levelsCovered(total),
		canPublish
	};
}

/**
 * A programme's dashboard for a coordinator (every country) or a focal point who reads the
 * programme (their countries only); refused to anyone else.
 */
export async function programmeDashboard(
	actor: Actor,
	programmeId: string,
	input: FieldsOf<typeof DashboardFiltersSchema>
): Promise<ProgrammeDashboard> {
	const filters = parseInput(DashboardFiltersSchema, input);
	const record = await getProgramme(actor, programmeId);
	const canPublish = can(actor, 'edit', placeOf(record));
	return dashboardOf(record, filters, dashboardCountries(actor, programmeId), canPublish);
}

/** A published dashboard, as anyone reads it; an unpublished one does not exist. */
export async function publicDashboard(
	programmeId: string,
	input: FieldsOf<typeof DashboardFiltersSchema>
): Promise<ProgrammeDashboard> {
	const filters = parseInput(DashboardFiltersSchema, input);
	const record = await findProgramme(db(), programmeId);
	if (!record.dashboardPublic || record.archivedAt) throw new DomainError('not_found', 'no such dashboard');
	return dashboardOf(record, filters, undefined, false);
}

/** A coordinator publishes the programme's dashboard read-only to anyone (or withdraws it). */
export async function publishDashboard(
	actor: Actor,
	programmeId: string,
	input: FieldsOf<typeof PublishDashboardSchema>
): Promise<void> {
	const { published } = parseInput(PublishDashboardSchema, input);
	const record = await getProgramme(actor, programmeId);
	authorize(actor, 'edit', placeOf(record));
	await db().update(programme).set({ dashboardPublic: published }).where(eq(programme.id, programmeId));
}
