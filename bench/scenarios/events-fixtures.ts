// What the events scenario measures against, written straight into the bench database with SQL
// (generate_series for the large amounts), so that the demo data stays as it is. Every row is the
// bench's own: emails end in @bench.invalid.
import type pg from 'pg';

/** Enum values by position, without naming them here: `enumValue('profession', 'n')`. */
const enumValue = (type: string, position: string) =>
	`(enum_range(null::${type}))[1 + ${position} % cardinality(enum_range(null::${type}))]`;

async function inTransaction<T>(database: pg.Pool, work: (client: pg.PoolClient) => Promise<T>): Promise<T> {
	const client = await database.connect();
	try {
		await client.query('begin');
		const result = await work(client);
		await client.query('commit');
		return result;
	} catch (error) {
		await client.query('rollback');
		throw error;
	} finally {
		client.release();
	}
}

const firstId = (result: pg.QueryResult<{ id: string }>) => result.rows[0].id;

/**
 * A published pilot training in two months, registration open, a capacity no load will fill, and
 * a two-day agenda (sessions and a break each day), as the public finds it at /e/<id>.
 */
export async function createOpenEvent(database: pg.Pool): Promise<string> {
	return inTransaction(database, async (client) => {
		const eventId = firstId(
			await client.query<{ id: string }>(`
				insert into event (kind, title, description, starts_on, ends_on, time_zone, venue, city,
					country_code, language, capacity, is_published)
				values ('pilot_training',
					'{"en": "Benchmark pilot training in migrant health", "fr": "Formation pilote de référence en santé des migrants", "ar": "تدريب تجريبي مرجعي في صحة المهاجرين"}',
					'{"en": "Two days on communicable diseases and mental health care for migrants and refugees."}',
					current_date + 60, current_date + 61, 'Europe/Athens', 'National School of Public Health',
					'Athens', 'GR', 'en', 1000000, true)
				returning id`)
		);
		await client.query(
			`insert into agenda_item (event_id, starts_at, ends_at, title, is_session)
			select $1::uuid, (e.starts_on + day + item.starts) at time zone e.time_zone,
				(e.starts_on + day + item.ends) at time zone e.time_zone, item.title, item.is_session
			from event e, generate_series(0, 1) day, (values
				(time '09:00', time '10:30', '{"en": "Communicable diseases on the migration route"}'::jsonb, true),
				(time '10:30', time '11:00', '{"en": "Coffee"}'::jsonb, false),
				(time '11:00', time '12:30', '{"en": "Mental health and psychosocial support"}'::jsonb, true)
			) item(starts, ends, title, is_session)
			where e.id = $1::uuid`,
			[eventId]
		);
		return eventId;
	});
}

export type AttendanceFixture = { eventId: string; sessionIds: string[]; registrationIds: string[] };

/** A three-day training going on now: two sessions a day and thirty confirmed participants. */
export async function createTrainingUnderway(database: pg.Pool): Promise<AttendanceFixture> {
	return inTransaction(database, async (client) => {
		const eventId = firstId(
			await client.query<{ id: string }>(`
				insert into event (kind, title, starts_on, ends_on, time_zone, city, country_code, language)
				values ('pilot_training', '{"en": "Benchmark training underway"}', current_date - 1,
					current_date + 1, 'Europe/Athens', 'Thessaloniki', 'GR', 'en')
				returning id`)
		);
		const sessions = await client.query<{ id: string }>(
			`insert into agenda_item (event_id, starts_at, ends_at, title)
			select $1::uuid, (current_date - 1 + day + time '09:00' + half * interval '3 hours') at time zone 'Europe/Athens',
				(current_date - 1 + day + time '11:00' + half * interval '3 hours') at time zone 'Europe/Athens',
				jsonb_build_object('en', 'Session ' || (2 * day + half + 1))
			from generate_series(0, 2) day, generate_series(0, 1) half
			returning id`,
			[eventId]
		);
		const registrants = await client.query<{ id: string }>(
			`insert into registration (event_id, full_name, email, country_code, profession, category, status)
			select $1::uuid, 'Participant ' || n, 'attendee-' || n || '@bench.invalid', 'GR',
				${enumValue('profession', 'n')}, ${enumValue('participant_category', 'n')}, 'confirmed'
			from generate_series(1, 30) n
			returning id`,
			[eventId]
		);
		return {
			eventId,
			sessionIds: sessions.rows.map((row) => row.id),
			registrationIds: registrants.rows.map((row) => row.id)
		};
	});
}

/** An event with no participants yet, for a large import. */
export async function createEventForImport(database: pg.Pool): Promise<string> {
	const result = await database.query<{ id: string }>(`
		insert into event (kind, title, starts_on, ends_on, city, country_code, language)
		values ('rollout_training', '{"en": "Benchmark rollout for a large import"}', current_date + 30,
			current_date + 32, 'Valletta', 'MT', 'en')
		returning id`);
	return firstId(result);
}

export const scale = { countries: 32, trainersPerCountry: 5, events: 2_000, participants: 100_000 };

/**
 * A programme at scale: 32 countries with targets, one Training of Trainers that certified five
 * trainers per country, 1,999 pilot and rollout trainings over three years (two of the country's
 * trainers give each), and 100,000 confirmed participants in those trainings: 2,000 events in all.
 * Tables are analysed afterwards, as autovacuum would soon do after such a load.
 */
export async function createProgrammeAtScale(database: pg.Pool): Promise<string> {
	const trainings = scale.events - 1;
	const programmeId = await inTransaction(database, async (client) => {
		const programmeId = firstId(
			await client.query<{ id: string }>(`
				insert into programme (name, acronym, starts_on, ends_on, objectives)
				values ('{"en": "Benchmark programme at scale", "fr": "Programme de référence à grande échelle"}',
					'BENCH', current_date - 730, current_date + 365,
					'{"en": "Train health and law-enforcement workers in 32 countries."}')
				returning id`)
		);
		const countries = await client.query(
			`insert into programme_country (programme_id, country_code, participation, trainings_target)
			select $1::uuid, code, (case when n < 8 then 'pilot' else 'rollout' end)::programme_participation, 70
			from (select code, row_number() over (order by code) - 1 as n from country
				where region in ('eu', 'eea_efta', 'candidate', 'mena') order by code limit $2::int) chosen`,
			[programmeId, scale.countries]
		);
		if (countries.rowCount !== scale.countries)
			throw new Error(`only ${countries.rowCount} countries to choose from: is the reference data loaded?`);
		await client.query(
			`insert into programme_people_target (programme_id, country_code, profession, people)
			select programme_id, country_code, profession, 1000
			from programme_country, unnest(array['physician', 'nurse', 'social_worker']::profession[]) profession
			where programme_id = $1::uuid`,
			[programmeId]
		);
		const totId = firstId(
			await client.query<{ id: string }>(
				`insert into event (programme_id, kind, title, starts_on, ends_on, time_zone, city, country_code,
					language, is_published)
				values ($1::uuid, 'training_of_trainers', '{"en": "Benchmark Training of Trainers"}',
					current_date - 700, current_date - 696, 'Europe/Athens', 'Athens', 'GR', 'en', true)
				returning id`,
				[programmeId]
			)
		);
		await client.query(
			`insert into registration (event_id, full_name, email, country_code, profession, category, status)
			select $1::uuid, 'Trainer ' || c.country_code || ' ' || k,
				'trainer-' || lower(c.country_code) || '-' || k || '@bench.invalid', c.country_code, 'trainer',
				'institution', 'confirmed'
			from programme_country c, generate_series(1, $3::int) k
			where c.programme_id = $2::uuid`,
			[totId, programmeId, scale.trainersPerCountry]
		);
		await client.query(
			`insert into certificate (registration_id, code)
			select id, 'BENCH-' || upper(substr(md5(id::text), 1, 12)) from registration where event_id = $1::uuid`,
			[totId]
		);
		await client.query(
			`insert into event (programme_id, kind, title, starts_on, ends_on, city, country_code, language,
				is_published, tot_event_id)
			select $1::uuid, (case when g % 4 = 0 then 'pilot_training' else 'rollout_training' end)::event_kind,
				jsonb_build_object('en', 'Benchmark training ' || g, 'fr', 'Formation de référence ' || g),
				current_date - 690 + g / 2, current_date - 689 + g / 2, 'City ' || c.country_code,
				c.country_code, 'en', true, $2::uuid
			from generate_series(0, $3::int - 1) g
			join (select country_code, row_number() over (order by country_code) - 1 as n
				from programme_country where programme_id = $1::uuid) c on c.n = g % $4::int`,
			[programmeId, totId, trainings, scale.countries]
		);
		await client.query(
			`insert into event_trainer (event_id, certificate_id)
			select t.id, trainer.certificate_id
			from (select id, country_code, row_number() over (order by starts_on, id) - 1 as n
				from event where tot_event_id = $1::uuid) t
			join (select c.id as certificate_id, r.country_code,
					row_number() over (partition by r.country_code order by r.email) - 1 as k
				from certificate c join registration r on r.id = c.registration_id where r.event_id = $1::uuid) trainer
				on trainer.country_code = t.country_code and trainer.k in (t.n % $2::int, (t.n + 1) % $2::int)`,
			[totId, scale.trainersPerCountry]
		);
		await client.query(
			`insert into registration (event_id, full_name, email, country_code, profession, category, status)
			select t.id, 'Participant ' || g, 'participant-' || g || '@bench.invalid', t.country_code,
				${enumValue('profession', 'g')}, ${enumValue('participant_category', 'g')}, 'confirmed'
			from generate_series(0, $2::int - 1) g
			join (select id, country_code, row_number() over (order by id) - 1 as n
				from event where tot_event_id = $1::uuid) t on t.n = g % $3::int`,
			[totId, scale.participants, trainings]
		);
		return programmeId;
	});
	await database.query('analyze event, registration, certificate, event_trainer, programme_country');
	return programmeId;
}
