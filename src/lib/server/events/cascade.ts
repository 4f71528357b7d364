// The cascade: a Training of Trainers certifies trainers, who give pilot and rollout trainings in
// their countries, which reach trainees. Both views are single SQL queries over the event tables.
import { sql } from 'drizzle-orm';
import type { DbOrTx } from '../db/client.js';
import type { Profession } from './participant-rows.js';

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
		reached as (
			select distinct certified.country_code, r.id, r.profession
			from given
			join certified using (certificate_id)
			join registration r on r.event_id = given.event_id and r.status = 'confirmed'
		),
		professions as (
			select country_code, jsonb_object_agg(profession, people) as by_profession
			from (select country_code, profession, count(*)::int as people from reached group by 1, 2) counted
			group by country_code
		)
		select certified.country_code,
			count(distinct certified.certificate_id)::int as trainers_certified,
			count(distinct given.certificate_id)::int as trainers_active,
			(select count(*)::int from reached where reached.country_code = certified.country_code) as people_reached,
			professions.by_profession
		from certified
		left join given using (certificate_id)
		left join professions using (country_code)
		group by certified.country_code, professions.by_profession
		order by certified.country_code
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
	fullName: string;
	countryCode: string;
	trainings: CascadeTraining[];
};

/** The tree under one ToT: each certified trainer and the trainings they gave, with trainee counts. */
export async function cascadeTree(tx: DbOrTx, totEventId: string): Promise<CascadeTrainer[]> {
	const result = await tx.execute<{
		certificate_id: string;
		full_name: string;
		country_code: string;
		trainings: CascadeTraining[] | null;
	}>(sql`
		select c.id as certificate_id, r.full_name, r.country_code,
			(
				select jsonb_agg(jsonb_build_object(
					'eventId', e.id, 'title', e.title, 'kind', e.kind, 'startsOn', e.starts_on,
					'countryCode', e.country_code,
					'trainees', (select count(*)::int from registration t where t.event_id = e.id and t.status = 'confirmed')
				) order by e.starts_on, e.id)
				from event_trainer et join event e on e.id = et.event_id and e.archived_at is null
				where et.certificate_id = c.id
			) as trainings
		from certificate c
		join registration r on r.id = c.registration_id
		where r.event_id = ${totEventId} and c.revoked_at is null
		order by r.country_code, r.full_name
	`);
	return result.rows.map((row) => ({
		certificateId: row.certificate_id,
		fullName: row.full_name,
		countryCode: row.country_code,
		trainings: row.trainings ?? []
	}));
}
