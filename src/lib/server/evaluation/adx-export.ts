// A programme's figures for its DHIS2 instance: counted in SQL per country × quarter × measure (×
// profession when the mapping has its category), small cells left out, written as ADX under the
// programme's codes. Whoever edits the programme exports it.
import { sql } from 'drizzle-orm';
import { quarterEnd, quarterStart } from '../../evaluation/quarters.js';
import { AdxPeriodSchema, type AdxPeriodInput } from '../../evaluation/schemas.js';
import { adxMeasureValues, type AdxMeasure } from '../../evaluation/values.js';
import { disclosure } from '../../statistics/small-cells.js';
import type { Actor } from '../auth/actor.js';
import { db, type DbOrTx } from '../db/client.js';
import { isDomainError, type FieldErrors } from '../errors.js';
import { parseInput, type FieldsOf } from '../validate.js';
import { writeAdx, type AdxRow } from './adx.js';
import { findAdxMapping, getProgrammeToExchange } from './adx-mapping.js';

/** One figure of the export before the small-cell rule: about `people` people. */
export type AdxCell = {
	countryCode: string;
	quarter: string;
	profession: string | null;
	measure: AdxMeasure;
	people: number;
	value: number;
};

/**
 * The programme's figures per country × quarter of the event's last day × measure (× profession when
 * `byProfession`), for its events (not archived) ending within the dates. Country: the event's, or
 * for an event without one (online) each person's. Counts are of people: confirmed registrations,
 * certificates not revoked, people who took the pre-/post-test, who passed the post-test (any
 * attempt); mean scores (% of the marks) are of first attempts. Measures in `adxMeasureValues` order.
 */
export async function adxCells(
	database: DbOrTx,
	programmeId: string,
	dates: { start: string; end: string },
	byProfession: boolean
): Promise<AdxCell[]> {
	const { rows } = await database.execute<AdxCell>(sql`
		with ev as (
			select e.id, e.country_code, to_char(e.ends_on, 'YYYY"Q"Q') as quarter
			from event e
			where e.programme_id = ${programmeId} and e.archived_at is null
				and e.ends_on between ${dates.start}::date and ${dates.end}::date),
		tested as (
			select coalesce(ev.country_code, s.country_code) as country, ev.quarter,
				coalesce(r.profession, s.profession)::text as profession,
				coalesce(s.registration_id, s.id) as person, p.phase, s.attempt, s.passed,
				case when s.max_score > 0 then 100 * s.score / s.max_score end as percent
			from evaluation_submission s
			join evaluation_phase p on p.id = s.phase_id
			join ev on ev.id = s.event_id
			left join registration r on r.id = s.registration_id
			where p.phase in ('pre', 'post')),
		facts as (
			select coalesce(ev.country_code, r.country_code) as country, ev.quarter, r.profession::text as profession,
				r.id as person, 'participants' as measure, null::numeric as value
			from registration r join ev on ev.id = r.event_id
			where r.status = 'confirmed'
			union all
			select coalesce(ev.country_code, r.country_code), ev.quarter, r.profession::text, r.id, 'certified', null
			from certificate c
			join registration r on r.id = c.registration_id
			join ev on ev.id = r.event_id
			where c.revoked_at is null
			union all
			select country, quarter, profession, person, phase || '_tested', null from tested
			union all
			select country, quarter, profession, person, 'mean_' || phase || '_percent', percent
			from tested where attempt = 1 and percent is not null
			union all
			select country, quarter, profession, person, 'passed_post', null
			from tested where phase = 'post' and passed)
		select country as "countryCode", quarter,
			case when ${byProfession}::boolean then profession end as profession,
			measure, count(distinct person)::int as people,
			(case when measure in ('mean_pre_percent', 'mean_post_percent') then avg(value) else count(distinct person) end)::float8 as value
		from facts
		where country is not null and (profession is not null or not ${byProfession}::boolean)
		group by 1, 2, 3, 4
		order by 1, 2, 3, array_position(string_to_array(${adxMeasureValues.join(' ')}, ' '), measure)`);
	return rows;
}

export type AdxExport = {
	xml: string;
	/** The quarters exported, as checked ("2026Q1"). */
	period: AdxPeriodInput;
	/** Data values written, and cells left out for counting fewer than 5 people. */
	values: number;
	suppressed: number;
};

/**
 * The programme's ADX document for the quarters `from`–`to`. Refused as a whole (DomainError
 * 'invalid'): bad quarters beside their field; a code the figures need and the mapping lacks, or a
 * category code that is no XML name, listed in `details` (writeAdx's).
 */
export async function exportAdx(
	actor: Actor,
	programmeId: string,
	input: FieldsOf<typeof AdxPeriodSchema>,
	exported = new Date()
): Promise<AdxExport> {
	const record = await getProgrammeToExchange(actor, programmeId);
	const period = parseInput(AdxPeriodSchema, input);
	const mapping = await findAdxMapping(db(), record.id);
	const cells = await adxCells(
		db(),
		record.id,
		{ start: quarterStart(period.from), end: quarterEnd(period.to) },
		mapping.professionCategory !== null
	);
	const shown = cells.filter((cell) => disclosure(cell.people) !== 'hidden');
	const rows: AdxRow[] = shown.map((cell) => ({
		countryCode: cell.countryCode,
		period: cell.quarter,
		measure: cell.measure,
		value: cell.value,
		...(cell.profession === null ? {} : { disaggregation: { profession: cell.profession } })
	}));
	const xml = writeAdx(
		rows,
		{
			dataSet: mapping.dataSet,
			dataElements: mapping.dataElements,
			orgUnits: mapping.orgUnits,
			...(mapping.professionCategory === null
				? {}
				: {
						categories: {
							profession: { code: mapping.professionCategory, options: mapping.professionOptions }
						}
					})
		},
		exported
	);
	return { xml, period, values: rows.length, suppressed: cells.length - shown.length };
}

export type AdxCheck =
	| { ok: true; values: number; suppressed: number }
	| { ok: false; fields: FieldErrors; missing: Record<string, string[]> };

/** What exporting these quarters would give, or why it is refused (for the page beside the form). */
export async function checkAdxExport(
	actor: Actor,
	programmeId: string,
	input: FieldsOf<typeof AdxPeriodSchema>
): Promise<AdxCheck> {
	try {
		const { values, suppressed } = await exportAdx(actor, programmeId, input);
		return { ok: true, values, suppressed };
	} catch (error) {
		if (!isDomainError(error) || error.code !== 'invalid') throw error;
		return {
			ok: false,
			fields: error.fields ?? {},
			missing: (error.details ?? {}) as Record<string, string[]>
		};
	}
}
