// Programmes: list, read (with timeline and progress), create and change.
import { and, asc, desc, eq, inArray, isNull, notInArray, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { ContentLocale, Localized } from '../../i18n/localized.js';
import { programmeProgress } from '../../programmes/progress.js';
import { ProgrammeSchema, type ProgrammeInput } from '../../programmes/schemas.js';
import type { ActivityKind, Participation } from '../../programmes/values.js';
import type { Profession } from '../../directory/values.js';
import type { Actor } from '../auth/actor.js';
import { allOn, db, type DbOrTx, type Tx } from '../db/client.js';
import { country, organisation } from '../db/schema/directory.js';
import { event, registration } from '../db/schema/events.js';
import {
	programme,
	programmeActivity,
	programmeCountry,
	programmePartner,
	programmePeopleTarget
} from '../db/schema/programmes.js';
import { byLocalizedName } from '../directory/listing.js';
import { assertCountriesExist } from '../directory/records.js';
import { DomainError } from '../errors.js';
import { assertRecordId, parseInput, type FieldsOf } from '../validate.js';
import { authorize, can } from '../auth/authorize.js';
import { programmesInReach, type ProgrammePlace } from './policies.js';

/** Kinds of event that count as trainings a country holds. */
export const trainingKinds = ['pilot_training', 'rollout_training'] as const;

export type ProgrammeListRow = {
	id: string;
	name: Localized;
	acronym: string | null;
	startsOn: string;
	endsOn: string;
	coordinatorName: Localized | null;
	countries: number;
	events: number;
};

export async function listProgrammes(actor: Actor, reader: ContentLocale): Promise<ProgrammeListRow[]> {
	authorize(actor, 'list', 'programme');
	return db()
		.select({
			id: programme.id,
			name: programme.name,
			acronym: programme.acronym,
			startsOn: programme.startsOn,
			endsOn: programme.endsOn,
			coordinatorName: organisation.name,
			countries: sql<number>`(select count(*)::int from ${programmeCountry} where ${programmeCountry.programmeId} = ${programme.id})`,
			events: sql<number>`(select count(*)::int from ${event} where ${event.programmeId} = ${programme.id} and ${event.archivedAt} is null)`
		})
		.from(programme)
		.leftJoin(organisation, eq(organisation.id, programme.coordinatorId))
		.where(and(programmesInReach(actor), isNull(programme.archivedAt)))
		.orderBy(desc(programme.startsOn), byLocalizedName(programme.name, reader));
}

/** The programmes an actor may read, for choosing one in a form. */
export async function listProgrammeChoices(
	actor: Actor,
	reader: ContentLocale
): Promise<{ id: string; name: Localized; acronym: string | null }[]> {
	if (actor.kind !== 'user') return [];
	return db()
		.select({ id: programme.id, name: programme.name, acronym: programme.acronym })
		.from(programme)
		.where(and(programmesInReach(actor), isNull(programme.archivedAt)))
		.orderBy(byLocalizedName(programme.name, reader), asc(programme.id));
}

export type ProgrammeRecord = typeof programme.$inferSelect & {
	partners: { organisationId: string; role: Localized | null }[];
	countries: { countryCode: string; participation: Participation; trainingsTarget: number }[];
	peopleTargets: { countryCode: string; profession: Profession; people: number }[];
};

/** A programme with its partners, countries and targets, whoever asks (callers check who may see it). */
export async function findProgramme(tx: DbOrTx, id: string): Promise<ProgrammeRecord> {
	assertRecordId(id, 'programme');
	const [row] = await tx.select().from(programme).where(eq(programme.id, id));
	if (!row) throw new DomainError('not_found', 'no such programme');
	const [partners, countries, peopleTargets] = await allOn(tx, [
		tx
			.select({ organisationId: programmePartner.organisationId, role: programmePartner.role })
			.from(programmePartner)
			.where(eq(programmePartner.programmeId, id)),
		tx
			.select({
				countryCode: programmeCountry.countryCode,
				participation: programmeCountry.participation,
				trainingsTarget: programmeCountry.trainingsTarget
			})
			.from(programmeCountry)
			.where(eq(programmeCountry.programmeId, id))
			.orderBy(programmeCountry.countryCode),
		tx
			.select({
				countryCode: programmePeopleTarget.countryCode,
				profession: programmePeopleTarget.profession,
				people: programmePeopleTarget.people
			})
			.from(programmePeopleTarget)
			.where(eq(programmePeopleTarget.programmeId, id))
			.orderBy(programmePeopleTarget.countryCode, programmePeopleTarget.profession)
	]);
	return { ...row, partners, countries, peopleTargets };
}

/** What the programme policy needs to know of a programme. */
export const programmePlace = (record: ProgrammeRecord): ProgrammePlace => ({
	kind: 'programme',
	programmeId: record.id,
	countryCodes: record.countries.map((c) => c.countryCode)
});

/** A programme as its edit form needs it. */
export async function getProgramme(actor: Actor, id: string): Promise<ProgrammeRecord> {
	authorize(actor, 'list', 'programme');
	const record = await findProgramme(db(), id);
	authorize(actor, 'read', programmePlace(record));
	return record;
}

type EventKind = (typeof event.$inferSelect)['kind'];

export type TimelineEntry =
	| { source: 'activity'; kind: ActivityKind; title: Localized; startsOn: string; endsOn: string }
	| {
			source: 'event';
			id: string;
			kind: EventKind;
			title: Localized;
			startsOn: string;
			endsOn: string;
			countryCode: string | null;
			participants: number;
	  }
	/** The trainings of one kind begun in one month, summed up: a programme may hold thousands. */
	| {
			source: 'trainings';
			kind: (typeof trainingKinds)[number];
			startsOn: string;
			endsOn: string;
			trainings: number;
			countries: number;
			participants: number;
	  };

/** A programme's page: who runs it, where, its timeline of activities and events, its progress. */
export async function programmeOverview(actor: Actor, id: string) {
	const record = await getProgramme(actor, id);
	const funder = alias(organisation, 'funder');
	const lead = alias(organisation, 'lead');
	const [[names], partners, countries, activities, events, trainingMonths, trainingsHeld, peopleTrained] =
		await Promise.all([
			db()
				.select({ funder: funder.name, coordinator: organisation.name, technicalLead: lead.name })
				.from(programme)
				.leftJoin(funder, eq(funder.id, programme.funderId))
				.leftJoin(organisation, eq(organisation.id, programme.coordinatorId))
				.leftJoin(lead, eq(lead.id, programme.technicalLeadId))
				.where(eq(programme.id, id)),
			db()
				.select({
					id: organisation.id,
					name: organisation.name,
					acronym: organisation.acronym,
					role: programmePartner.role
				})
				.from(programmePartner)
				.innerJoin(organisation, eq(organisation.id, programmePartner.organisationId))
				.where(eq(programmePartner.programmeId, id)),
			db()
				.select({ code: country.code, name: country.name })
				.from(country)
				.where(
					inArray(
						country.code,
						record.countries.length > 0 ? record.countries.map((c) => c.countryCode) : ['']
					)
				),
			db()
				.select()
				.from(programmeActivity)
				.where(eq(programmeActivity.programmeId, id))
				.orderBy(programmeActivity.startsOn),
			db()
				.select({
					id: event.id,
					kind: event.kind,
					title: event.title,
					startsOn: event.startsOn,
					endsOn: event.endsOn,
					countryCode: event.countryCode,
					participants: confirmedParticipants
				})
				.from(event)
				.where(
					and(eq(event.programmeId, id), isNull(event.archivedAt), notInArray(event.kind, [...trainingKinds]))
				)
				.orderBy(event.startsOn),
			trainingsByMonth(db(), id),
			heldTrainings(db(), id),
			trainedPeople(db(), id)
		]);
	const timeline: TimelineEntry[] = [
		...activities.map((a) => ({
			source: 'activity' as const,
			kind: a.kind,
			title: a.title,
			startsOn: a.startsOn,
			endsOn: a.endsOn
		})),
		...events.map((e) => ({ source: 'event' as const, ...e })),
		...trainingMonths.map((m) => ({ source: 'trainings' as const, ...m }))
	].sort((a, b) => a.startsOn.localeCompare(b.startsOn));
	return {
		programme: record,
		names,
		partners,
		countryNames: Object.fromEntries(countries.map((c) => [c.code, c.name])) as Record<string, Localized>,
		timeline,
		progress: programmeProgress({ ...record, trainingsHeld, peopleTrained }),
		canEdit: can(actor, 'edit', programmePlace(record))
	};
}

const confirmedParticipants = sql<number>`(select count(*)::int from ${registration}
	where ${registration.eventId} = ${event.id} and ${registration.status} = 'confirmed')`;

/** The programme's trainings (pilots, rollouts) per kind and month of their start. */
async function trainingsByMonth(tx: DbOrTx, programmeId: string) {
	const month = sql<string>`to_char(date_trunc('month', ${event.startsOn}), 'YYYY-MM-DD')`;
	const rows = await tx
		.select({
			kind: sql<(typeof trainingKinds)[number]>`${event.kind}`,
			startsOn: month,
			endsOn: sql<string>`to_char(max(${event.endsOn}), 'YYYY-MM-DD')`,
			trainings: sql<number>`count(*)::int`,
			countries: sql<number>`count(distinct ${event.countryCode})::int`,
			participants: sql<number>`coalesce(sum(${confirmedParticipants}), 0)::int`
		})
		.from(event)
		.where(
			and(
				eq(event.programmeId, programmeId),
				isNull(event.archivedAt),
				inArray(event.kind, [...trainingKinds])
			)
		)
		.groupBy(event.kind, month);
	return rows;
}

/** Trainings (pilots, rollouts) of the programme that have begun, per country. */
function heldTrainings(tx: DbOrTx, programmeId: string) {
	return tx
		.select({ countryCode: sql<string>`${event.countryCode}`, trainings: sql<number>`count(*)::int` })
		.from(event)
		.where(
			and(
				eq(event.programmeId, programmeId),
				inArray(event.kind, [...trainingKinds]),
				isNull(event.archivedAt),
				sql`${event.startsOn} <= current_date`,
				sql`${event.countryCode} is not null`
			)
		)
		.groupBy(event.countryCode);
}

/** People confirmed at those trainings, per country of the training and profession. */
function trainedPeople(tx: DbOrTx, programmeId: string) {
	return tx
		.select({
			countryCode: sql<string>`${event.countryCode}`,
			profession: registration.profession,
			people: sql<number>`count(*)::int`
		})
		.from(registration)
		.innerJoin(event, eq(event.id, registration.eventId))
		.where(
			and(
				eq(event.programmeId, programmeId),
				inArray(event.kind, [...trainingKinds]),
				isNull(event.archivedAt),
				sql`${event.startsOn} <= current_date`,
				sql`${event.countryCode} is not null`,
				eq(registration.status, 'confirmed')
			)
		)
		.groupBy(event.countryCode, registration.profession);
}

/** Refuses, beside each field, organisations that do not exist. */
async function assertOrganisationsExist(tx: DbOrTx, values: ProgrammeInput): Promise<void> {
	const named: [string, string | null | undefined][] = [
		['funderId', values.funderId],
		['coordinatorId', values.coordinatorId],
		['technicalLeadId', values.technicalLeadId],
		...values.partners.map((p, i): [string, string] => [`partners.${i}.organisationId`, p.organisationId])
	];
	const ids = [...new Set(named.flatMap(([, id]) => (id ? [id] : [])))];
	if (ids.length === 0) return;
	const known = new Set(
		(await tx.select({ id: organisation.id }).from(organisation).where(inArray(organisation.id, ids))).map(
			(o) => o.id
		)
	);
	const fields = Object.fromEntries(
		named.filter(([, id]) => id && !known.has(id)).map(([field]) => [field, ['unknown_organisation']])
	);
	if (Object.keys(fields).length > 0) throw new DomainError('invalid', 'unknown organisation', { fields });
}

/** Writes the programme's partners, countries and targets as the input has them. */
async function writeParts(tx: Tx, programmeId: string, values: ProgrammeInput): Promise<void> {
	await assertCountriesExist(
		tx,
		values.countries.map((c) => c.countryCode),
		'countries'
	);
	await tx.delete(programmePartner).where(eq(programmePartner.programmeId, programmeId));
	if (values.partners.length > 0) {
		await tx.insert(programmePartner).values(values.partners.map((p) => ({ programmeId, ...p })));
	}
	await tx.delete(programmePeopleTarget).where(eq(programmePeopleTarget.programmeId, programmeId));
	const kept = values.countries.map((c) => c.countryCode);
	await tx
		.delete(programmeCountry)
		.where(
			and(
				eq(programmeCountry.programmeId, programmeId),
				kept.length > 0 ? notInArray(programmeCountry.countryCode, kept) : undefined
			)
		);
	if (values.countries.length > 0) {
		await tx
			.insert(programmeCountry)
			.values(values.countries.map((c) => ({ programmeId, ...c })))
			.onConflictDoUpdate({
				target: [programmeCountry.programmeId, programmeCountry.countryCode],
				set: {
					participation: sql`excluded.participation`,
					trainingsTarget: sql`excluded.trainings_target`
				}
			});
	}
	if (values.peopleTargets.length > 0) {
		await tx.insert(programmePeopleTarget).values(values.peopleTargets.map((t) => ({ programmeId, ...t })));
	}
}

const coreOf = ({ partners: _p, countries: _c, peopleTargets: _t, ...core }: ProgrammeInput) => core;

export async function createProgramme(
	actor: Actor,
	input: FieldsOf<typeof ProgrammeSchema>
): Promise<ProgrammeRecord> {
	authorize(actor, 'create', 'programme');
	const values = parseInput(ProgrammeSchema, input);
	return db().transaction(async (tx) => {
		await assertOrganisationsExist(tx, values);
		const [{ id }] = await tx
			.insert(programme)
			.values({ ...coreOf(values), createdBy: actor.kind === 'user' ? actor.userId : null })
			.returning({ id: programme.id });
		await writeParts(tx, id, values);
		return findProgramme(tx, id);
	});
}

/** Replaces the programme's details, partners, countries and targets with the input's, all or nothing. */
export async function updateProgramme(
	actor: Actor,
	id: string,
	input: FieldsOf<typeof ProgrammeSchema>
): Promise<ProgrammeRecord> {
	authorize(actor, 'list', 'programme');
	assertRecordId(id, 'programme');
	const values = parseInput(ProgrammeSchema, input);
	return db().transaction(async (tx) => {
		const [locked] = await tx
			.select({ id: programme.id })
			.from(programme)
			.where(eq(programme.id, id))
			.for('update');
		if (!locked) throw new DomainError('not_found', 'no such programme');
		authorize(actor, 'edit', programmePlace(await findProgramme(tx, id)));
		await assertOrganisationsExist(tx, values);
		await tx.update(programme).set(coreOf(values)).where(eq(programme.id, id));
		await writeParts(tx, id, values);
		return findProgramme(tx, id);
	});
}
