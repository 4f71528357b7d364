// Events: read one with what its overview shows; create and change one, with its quotas, trainers
// and facilitators, in one transaction.
import { and, asc, count, eq, inArray, isNull, ne } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import { EventInputSchema, type EventInput } from '../../events/schemas.js';
import { holdingStatuses, type RegistrationStatus } from '../../events/values.js';
import type { Localized } from '../../i18n/localized.js';
import type { Actor } from '../auth/actor.js';
import { db, inTurn, type DbOrTx, type Tx } from '../db/client.js';
import { roleGrant, user } from '../db/schema/auth.js';
import { packageVersion, trainingPackage } from '../db/schema/curriculum.js';
import { country } from '../db/schema/directory.js';
import {
	certificate,
	event,
	eventCategoryQuota,
	eventCountryQuota,
	eventFacilitator,
	eventTrainer,
	registration
} from '../db/schema/events.js';
import { programme } from '../db/schema/programmes.js';
import { DomainError, type FieldErrors } from '../errors.js';
import { parseInput, type FieldsOf } from '../validate.js';
import { getEventPlace } from './place.js';
import { fillPlacesFromWaitlist } from './registration/fill-places-from-waitlist.js';
import type { RegistrationMail } from './registration/news.js';
import { authorize, can } from '../auth/authorize.js';
import { placeFields, totEventsForCascade } from './policies.js';

export type EventRow = typeof event.$inferSelect;

/** A registration holds a place while it is confirmed or awaits the organiser's decision. */
export const holdsPlace = inArray(registration.status, holdingStatuses);

export type EventHeading = Pick<EventRow, 'id' | 'kind' | 'title' | 'startsOn' | 'endsOn' | 'isPublished'> & {
	canManage: boolean;
	canKeepAgenda: boolean;
};

/** What every page of an event shows above its tabs, and what the reader may do there. */
export async function getEventHeading(actor: Actor, id: string): Promise<EventHeading> {
	const place = await getEventPlace(db(), id);
	authorize(actor, 'read', place);
	const [row] = await db()
		.select({
			id: event.id,
			kind: event.kind,
			title: event.title,
			startsOn: event.startsOn,
			endsOn: event.endsOn,
			isPublished: event.isPublished
		})
		.from(event)
		.where(eq(event.id, id));
	return { ...row, canManage: can(actor, 'manage', place), canKeepAgenda: can(actor, 'keepAgenda', place) };
}

export type EventDetails = EventRow & {
	programmeName: Localized | null;
	countryName: Localized | null;
	packageVersion: { id: string; number: number; packageTitle: Localized } | null;
	totEvent: { id: string; title: Localized } | null;
	countryQuotas: { countryCode: string; countryName: Localized; places: number; held: number }[];
	categoryQuotas: {
		category: (typeof eventCategoryQuota.$inferSelect)['category'];
		places: number;
		held: number;
	}[];
	trainers: { certificateId: string; fullName: string; countryCode: string }[];
	facilitators: { userId: string; name: string; email: string }[];
	registrations: Record<RegistrationStatus, number>;
};

/** An event with its programme, place, quotas (and the places held in each), cascade and people. */
export async function getEvent(actor: Actor, id: string): Promise<EventDetails> {
	const place = await getEventPlace(db(), id);
	authorize(actor, 'read', place);
	return readEvent(db(), id);
}

async function readEvent(tx: DbOrTx, id: string): Promise<EventDetails> {
	const tot = alias(event, 'tot');
	const [
		[row],
		countryQuotas,
		categoryQuotas,
		heldByCountry,
		heldByCategory,
		statuses,
		trainers,
		facilitators
	] = await Promise.all([
		tx
			.select({
				event,
				programmeName: programme.name,
				countryName: country.name,
				packageVersionNumber: packageVersion.number,
				packageTitle: trainingPackage.title,
				totTitle: tot.title
			})
			.from(event)
			.leftJoin(programme, eq(programme.id, event.programmeId))
			.leftJoin(country, eq(country.code, event.countryCode))
			.leftJoin(packageVersion, eq(packageVersion.id, event.packageVersionId))
			.leftJoin(trainingPackage, eq(trainingPackage.id, packageVersion.packageId))
			.leftJoin(tot, eq(tot.id, event.totEventId))
			.where(eq(event.id, id)),
		tx
			.select({
				countryCode: eventCountryQuota.countryCode,
				countryName: country.name,
				places: eventCountryQuota.places
			})
			.from(eventCountryQuota)
			.innerJoin(country, eq(country.code, eventCountryQuota.countryCode))
			.where(eq(eventCountryQuota.eventId, id))
			.orderBy(asc(eventCountryQuota.countryCode)),
		tx
			.select({ category: eventCategoryQuota.category, places: eventCategoryQuota.places })
			.from(eventCategoryQuota)
			.where(eq(eventCategoryQuota.eventId, id))
			.orderBy(asc(eventCategoryQuota.category)),
		heldBy(tx, id, registration.countryCode),
		heldBy(tx, id, registration.category),
		tx
			.select({ status: registration.status, n: count() })
			.from(registration)
			.where(eq(registration.eventId, id))
			.groupBy(registration.status),
		tx
			.select({
				certificateId: eventTrainer.certificateId,
				fullName: registration.fullName,
				countryCode: registration.countryCode
			})
			.from(eventTrainer)
			.innerJoin(certificate, eq(certificate.id, eventTrainer.certificateId))
			.innerJoin(registration, eq(registration.id, certificate.registrationId))
			.where(eq(eventTrainer.eventId, id))
			.orderBy(asc(registration.fullName)),
		tx
			.select({ userId: user.id, name: user.name, email: user.email })
			.from(eventFacilitator)
			.innerJoin(user, eq(user.id, eventFacilitator.userId))
			.where(eq(eventFacilitator.eventId, id))
			.orderBy(asc(user.name))
	]);
	if (!row) throw new DomainError('not_found', 'no such event');
	const { event: columns, programmeName, countryName, packageVersionNumber, packageTitle, totTitle } = row;
	const registrations = { pending: 0, confirmed: 0, waitlisted: 0, declined: 0, cancelled: 0 };
	for (const { status, n } of statuses) registrations[status] = n;
	return {
		...columns,
		programmeName,
		countryName,
		packageVersion:
			columns.packageVersionId && packageVersionNumber !== null && packageTitle
				? { id: columns.packageVersionId, number: packageVersionNumber, packageTitle }
				: null,
		totEvent: columns.totEventId && totTitle ? { id: columns.totEventId, title: totTitle } : null,
		countryQuotas: countryQuotas.map((quota) => ({
			...quota,
			held: heldByCountry.get(quota.countryCode) ?? 0
		})),
		categoryQuotas: categoryQuotas.map((quota) => ({
			...quota,
			held: heldByCategory.get(quota.category) ?? 0
		})),
		trainers,
		facilitators,
		registrations
	};
}

/** The places held at an event, counted by one of the registrants' columns (country, category). */
async function heldBy(
	tx: DbOrTx,
	eventId: string,
	column: typeof registration.countryCode | typeof registration.category
): Promise<Map<string, number>> {
	const rows = await tx
		.select({ key: column, n: count() })
		.from(registration)
		.where(and(eq(registration.eventId, eventId), holdsPlace))
		.groupBy(column);
	return new Map(rows.map((row) => [String(row.key), row.n]));
}

export async function createEvent(
	actor: Actor,
	input: FieldsOf<typeof EventInputSchema>
): Promise<{ id: string }> {
	authorize(actor, 'create', 'event');
	const values = parseInput(EventInputSchema, input);
	return db().transaction(async (tx) => {
		await assertReferencesOf(tx, actor, values);
		const [{ id }] = await tx
			.insert(event)
			.values({ ...columnsOf(values), createdBy: actor.kind === 'user' ? actor.userId : null })
			.returning({ id: event.id });
		await writeLinks(tx, id, values);
		return { id };
	});
}

/**
 * Changes an event: the whole event is sent again; its quotas, trainers and facilitators are
 * replaced. Places the change frees (a larger capacity or quota) go to the wait-list, in order, each
 * person told by mail (`compose`).
 */
export async function updateEvent(
	actor: Actor,
	id: string,
	input: FieldsOf<typeof EventInputSchema>,
	compose: RegistrationMail
): Promise<{ id: string }> {
	return db().transaction(async (tx) => {
		const place = await getEventPlace(tx, id);
		authorize(actor, 'manage', place);
		const [current] = await tx
			.select({ totEventId: event.totEventId })
			.from(event)
			.where(eq(event.id, id))
			.for('update');
		const values = parseInput(EventInputSchema, input);
		await assertReferencesOf(tx, actor, values, { id, totEventId: current.totEventId });
		await tx
			.update(event)
			.set({ ...columnsOf(values), updatedAt: new Date() })
			.where(eq(event.id, id));
		await inTurn(
			[eventCountryQuota, eventCategoryQuota, eventTrainer, eventFacilitator].map((table) =>
				tx.delete(table).where(eq(table.eventId, id))
			)
		);
		await writeLinks(tx, id, values);
		await fillPlacesFromWaitlist(tx, id, compose);
		return { id };
	});
}

/** The event's own columns of a validated input (the rest goes to the tables beside it). */
function columnsOf(values: EventInput) {
	const {
		countryQuotas: _countryQuotas,
		categoryQuotas: _categoryQuotas,
		trainerCertificateIds: _trainers,
		facilitatorIds: _facilitators,
		...columns
	} = values;
	return columns;
}

async function writeLinks(tx: Tx, eventId: string, values: EventInput): Promise<void> {
	const inserts: Promise<unknown>[] = [];
	if (values.countryQuotas.length > 0)
		inserts.push(
			tx.insert(eventCountryQuota).values(values.countryQuotas.map((quota) => ({ eventId, ...quota })))
		);
	if (values.categoryQuotas.length > 0)
		inserts.push(
			tx.insert(eventCategoryQuota).values(values.categoryQuotas.map((quota) => ({ eventId, ...quota })))
		);
	if (values.trainerCertificateIds.length > 0)
		inserts.push(
			tx
				.insert(eventTrainer)
				.values(values.trainerCertificateIds.map((certificateId) => ({ eventId, certificateId })))
		);
	if (values.facilitatorIds.length > 0)
		inserts.push(
			tx.insert(eventFacilitator).values(values.facilitatorIds.map((userId) => ({ eventId, userId })))
		);
	await inTurn(inserts);
}

/**
 * Refuses, beside their fields, references to what does not exist or is out of reach: countries,
 * the programme, the package version, the ToT (one the actor may cascade from, not the event itself),
 * trainers certified elsewhere and facilitators who are not trainers; then where the event is held
 * must be in the actor's reach. `saved`: the event being changed, as it is.
 */
async function assertReferencesOf(
	tx: Tx,
	actor: Actor,
	values: EventInput,
	saved?: { id: string; totEventId: string | null }
) {
	const fields: FieldErrors = {};
	const refuse = (field: string, key: string) => (fields[field] ??= []).push(key);
	const countryCodes = [values.countryCode, ...values.countryQuotas.map((quota) => quota.countryCode)];
	const knownCountries = new Set(
		(
			await tx
				.select({ code: country.code })
				.from(country)
				.where(
					inArray(
						country.code,
						countryCodes.filter((code) => code !== null && code !== undefined)
					)
				)
		).map((row) => row.code)
	);
	if (values.countryCode && !knownCountries.has(values.countryCode)) refuse('countryCode', 'unknown_country');
	values.countryQuotas.forEach((quota, index) => {
		if (!knownCountries.has(quota.countryCode))
			refuse(`countryQuotas.${index}.countryCode`, 'unknown_country');
	});

	if (values.programmeId) {
		const [found] = await tx
			.select({ id: programme.id })
			.from(programme)
			.where(and(eq(programme.id, values.programmeId), isNull(programme.archivedAt)));
		if (!found) refuse('programmeId', 'unknown_programme');
	}
	if (values.packageVersionId) {
		const [found] = await tx
			.select({ id: packageVersion.id })
			.from(packageVersion)
			.where(eq(packageVersion.id, values.packageVersionId));
		if (!found) refuse('packageVersionId', 'unknown_package_version');
	}
	if (values.totEventId) {
		const [found] = await tx
			.select({ id: event.id })
			.from(event)
			.where(
				and(
					eq(event.id, values.totEventId),
					eq(event.kind, 'training_of_trainers'),
					saved ? ne(event.id, saved.id) : undefined,
					// The ToT it already cascades from stays, even when the actor could not choose it.
					values.totEventId === saved?.totEventId ? undefined : totEventsForCascade(actor)
				)
			);
		if (!found) refuse('totEventId', 'unknown_tot_event');
		else if (values.trainerCertificateIds.length > 0) {
			const certified = await tx
				.select({ id: certificate.id })
				.from(certificate)
				.innerJoin(registration, eq(registration.id, certificate.registrationId))
				.where(
					and(
						inArray(certificate.id, values.trainerCertificateIds),
						eq(registration.eventId, values.totEventId),
						isNull(certificate.revokedAt)
					)
				);
			if (certified.length < values.trainerCertificateIds.length)
				refuse('trainerCertificateIds', 'trainer_not_from_tot');
		}
	}
	if (values.facilitatorIds.length > 0) {
		const trainers = await tx
			.selectDistinct({ id: roleGrant.userId })
			.from(roleGrant)
			.where(and(inArray(roleGrant.userId, values.facilitatorIds), eq(roleGrant.role, 'trainer')));
		if (trainers.length < values.facilitatorIds.length) refuse('facilitatorIds', 'not_a_trainer');
	}
	if (Object.keys(fields).length > 0) throw new DomainError('invalid', 'invalid references', { fields });
	authorize(
		actor,
		'manage',
		{ kind: 'event', programmeId: values.programmeId ?? null, countryCode: values.countryCode ?? null },
		placeFields(actor)
	);
}
