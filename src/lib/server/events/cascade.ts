// The cascade: a Training of Trainers certifies trainers, who give pilot and rollout trainings in
// their countries, which reach trainees. Both views are single SQL queries over the event tables.
import { sql, type SQL } from 'drizzle-orm';
import type { DbOrTx } from '../db/client.js';
import type { Profession } from '../../directory/values.js';

export type CascadeCountry = {
	countryCode: string;
	trainersCertified: number;
	trainersActive: number;
	peopleReached: number;
	byProfession: Partial<Record<Profession, number>>;
};

/**
 * Per country of the trainers: how many were certified at the programme's ToT events (certificates
 * not revoked), how many then gave at least one training, and how many people those trainings
 * reached (confirmed registrations, each person counted once per training), by profession.
 */
export async function cascadeNumbers(tx: DbOrTx, programmeId: string): Promise<CascadeCountry[]> {
	const result = await tx.execute<{
		country_code: string;
		trainers_certified: number;
		trainers_active: number;
		people_reached: number;
		by_profession: Partial<Record<Profession, number>> | null;
	}>(sql`
		with certified as (
			select c.id as certificate_id, r.country_code
			from certificate c
			join registration r on r.id = c.registration_id
			join event tot on tot.id = r.event_id
			where tot.programme_id = ${programmeId} and tot.kind = 'training_of_trainers' and c.revoked_at is null
		),
		given as (
			select distinct et.certificate_id, et.event_id
			from event_trainer et
			join certified using (certificate_id)
			join event e on e.id = et.event_id and e.archived_at is null
		),
		-- A training given by trainers of two countries counts for both countries, once each.
		training_countries as (
			select distinct certified.country_code, given.event_id
			from given join certified using (certificate_id)
		),
		-- Each training's confirmed trainees, counted once for each country whose trainers gave it
		-- (looked up by training through the registration index).
		reached as (
			select tc.country_code, r.profession, count(*)::int as people
			from training_countries tc
			join registration r on r.event_id = tc.event_id and r.status = 'confirmed'
			group by tc.country_code, r.profession
		),
		per_country as (
			select country_code, sum(people)::int as people_reached,
				jsonb_object_agg(profession, people) as by_profession
			from reached group by country_code
		),
		trainers as (
			select certified.country_code,
				count(distinct certified.certificate_id)::int as trainers_certified,
				count(distinct given.certificate_id)::int as trainers_active
			from certified left join given using (certificate_id)
			group by certified.country_code
		)
		select trainers.country_code, trainers.trainers_certified, trainers.trainers_active,
			coalesce(per_country.people_reached, 0) as people_reached, per_country.by_profession
		from trainers left join per_country using (country_code)
		order by trainers.country_code
	`);
	return result.rows.map((row) => ({
		countryCode: row.country_code,
		trainersCertified: row.trainers_certified,
		trainersActive: row.trainers_active,
		peopleReached: row.people_reached,
		byProfession: row.by_profession ?? {}
	}));
}

export type CascadeTraining = {
	eventId: string;
	title: unknown;
	kind: string;
	startsOn: string;
	countryCode: string | null;
	trainees: number;
};

export type CascadeTrainer = {
	certificateId: string;
	/** Null when the reader may not see people of the trainer's country (the directory's rule). */
	fullName: string | null;
	countryCode: string;
	trainings: CascadeTraining[];
};

/**
 * The tree under one ToT: each certified trainer and the trainings they gave, with trainee counts.
 * `nameShown` says, in SQL over a trainer's country, whether the reader may see the trainer's name.
 */
export async function cascadeTree(
	tx: DbOrTx,
	totEventId: string,
	nameShown: (countryCode: SQL) => SQL
): Promise<CascadeTrainer[]> {
	const result = await tx.execute<{
		certificate_id: string;
		full_name: string | null;
		country_code: string;
		trainings: CascadeTraining[] | null;
	}>(sql`
		with trainers as materialized (
			select c.id as certificate_id, r.country_code,
				case when ${nameShown(sql`r.country_code`)} then r.full_name end as full_name
			from certificate c
			join registration r on r.id = c.registration_id
			where r.event_id = ${totEventId} and c.revoked_at is null
		),
		links as materialized (
			select et.certificate_id, et.event_id
			from event_trainer et join trainers using (certificate_id)
		),
		-- Each training once, with its trainees counted once (not once per trainer who gave it).
		trainings as materialized (
			select e.id, e.title, e.kind, e.starts_on, e.country_code,
				(select count(*)::int from registration r
					where r.event_id = e.id and r.status = 'confirmed') as trainees
			from event e
			where e.id in (select event_id from links) and e.archived_at is null
		)
		select trainers.certificate_id, trainers.full_name, trainers.country_code,
			jsonb_agg(jsonb_build_object(
				'eventId', trainings.id, 'title', trainings.title, 'kind', trainings.kind,
				'startsOn', trainings.starts_on, 'countryCode', trainings.country_code, 'trainees', trainings.trainees
			) order by trainings.starts_on, trainings.id) filter (where trainings.id is not null) as trainings
		from trainers
		left join links using (certificate_id)
		left join trainings on trainings.id = links.event_id
		group by trainers.certificate_id, trainers.full_name, trainers.country_code
		order by trainers.country_code, trainers.full_name nulls last, trainers.certificate_id
	`);
	return result.rows.map((row) => ({
		certificateId: row.certificate_id,
		fullName: row.full_name,
		countryCode: row.country_code,
		trainings: row.trainings ?? []
	}));
}
