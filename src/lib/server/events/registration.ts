// Registering for a published event, and the organiser's decisions on registrations; mail tells the
// registrant each change of their status, in their own language.
//
// The public form lets anyone type any address. So its mail carries nothing a stranger typed (only
// MHub's own words, the event and links), an address already registered is told so by mail while
// the form answers exactly as for a new registration, and each address and each client may send it
// only so often (rate-limit.ts).
//
// Every change runs in one transaction that first locks the event's row: registrations and decisions
// for one event happen one after the other, so two people never take the same last place.
import { randomUUID } from 'node:crypto';
import { and, asc, count, eq, inArray, ne, sql, type SQL } from 'drizzle-orm';
import { drizzle } from 'drizzle-orm/node-postgres';
import {
	DecisionSchema,
	RegistrationSchema,
	type DeclineReason,
	type WaitlistReason
} from '../../events/registration-schema.js';
import type { RegistrationStatus } from '../../events/values.js';
import { contentLocales, type ContentLocale, type Localized } from '../../i18n/localized.js';
import type { Actor } from '../auth/actor.js';
import { config } from '../config.js';
import { db, type Tx } from '../db/client.js';
import { inTransaction, preparedSql } from '../db/prepared.js';
import { country } from '../db/schema/directory.js';
import { event, eventCategoryQuota, eventCountryQuota, registration } from '../db/schema/events.js';
import * as schema from '../db/schema/index.js';
import { mailMessage } from '../db/schema/system.js';
import { DomainError } from '../errors.js';
import { sendMail, type Mail } from '../mail/send-mail.js';
import { withinLimits } from '../rate-limit.js';
import { assertRecordId, parseInput } from '../validate.js';
import { authorize } from '../auth/authorize.js';
import { assertPublicEvent } from './policies.js';
import {
	arrivalStatus,
	registrationState,
	type Places,
	type RegistrationWindow
} from './registration-status.js';

/** A change of a registration's status, as its mail tells it. */
export type RegistrationNews = {
	registrationId: string;
	eventId: string;
	/** The form was sent again for an address already registered: the mail says so. */
	alreadyRegistered: boolean;
	/** The registrant's language: the mail is written in it. */
	locale: ContentLocale;
	status: RegistrationStatus;
	reason: WaitlistReason | DeclineReason | null;
	event: { title: Localized; startsOn: string; endsOn: string };
};

/** Writes the mail for a change of status; composed where Paraglide is, in `news.locale`. */
export type RegistrationMail = (news: RegistrationNews) => Omit<Mail, 'to'>;

export type RegistrationOutcome = {
	id: string;
	eventId: string;
	status: RegistrationStatus;
	reason: WaitlistReason | DeclineReason | null;
};

/** Registrations that hold a place. */
const holdingStatuses: RegistrationStatus[] = ['confirmed', 'pending'];
const holdsPlace = (status: RegistrationStatus) => holdingStatuses.includes(status);

const asLocale = (locale: string): ContentLocale =>
	(contentLocales as readonly string[]).includes(locale) ? (locale as ContentLocale) : 'en';

/** What mail and decisions need of an event. */
const eventColumns = {
	eventId: event.id,
	title: event.title,
	startsOn: event.startsOn,
	endsOn: event.endsOn,
	capacity: event.capacity,
	requiresApproval: event.requiresApproval
};
type EventFacts = {
	eventId: string;
	title: Localized;
	startsOn: string;
	endsOn: string;
	capacity: number | null;
	requiresApproval: boolean;
};

type Registrant = {
	id: string;
	email: string;
	locale: string;
	countryCode: string;
	category: string;
};

/** The mail that tells `person` of `outcome`, in their language. */
function news(
	facts: EventFacts,
	person: Pick<Registrant, 'id' | 'locale'>,
	outcome: Pick<RegistrationOutcome, 'status' | 'reason'>,
	compose: RegistrationMail,
	alreadyRegistered = false
): Omit<Mail, 'to'> {
	return compose({
		registrationId: person.id,
		eventId: facts.eventId,
		alreadyRegistered,
		locale: asLocale(person.locale),
		...outcome,
		event: { title: facts.title, startsOn: facts.startsOn, endsOn: facts.endsOn }
	});
}

async function tell(
	tx: Tx,
	facts: EventFacts,
	person: Registrant,
	outcome: Pick<RegistrationOutcome, 'status' | 'reason'>,
	compose: RegistrationMail
): Promise<void> {
	await sendMail({ to: person.email, ...news(facts, person, outcome, compose) }, tx);
}

/** As `sendMail` decides: with SMTP configured, a mail is recorded and sent at once. */
const mailIsSentAtOnce = () => Boolean(config.smtpUrl);

const heldCount = (where?: SQL) =>
	sql<number>`(count(*) filter (where ${and(inArray(registration.status, holdingStatuses), where)}))::int`;

// The public form is the busiest write: its three statements are built once and prepared, and run on
// one client inside the transaction (`inTransaction`).

/** The event, locked: registrations for it happen one after the other from here to the commit. */
const lockEvent = preparedSql<
	EventFacts &
		RegistrationWindow & {
			isPublished: boolean;
			archivedAt: Date | null;
			countryKnown: boolean;
			countryPlaces: number | null;
			categoryPlaces: number | null;
		}
>(sql`
	select ${event.id} as "eventId", ${event.title} as "title", ${event.startsOn}::text as "startsOn",
		${event.endsOn}::text as "endsOn", ${event.capacity} as "capacity",
		${event.requiresApproval} as "requiresApproval", ${event.isPublished} as "isPublished",
		${event.archivedAt} as "archivedAt", ${event.registrationOpensAt} as "registrationOpensAt",
		${event.registrationClosesAt} as "registrationClosesAt", ${event.timeZone} as "timeZone",
		exists (select 1 from ${country} where ${country.code} = ${sql.placeholder('countryCode')}) as "countryKnown",
		(select ${eventCountryQuota.places} from ${eventCountryQuota}
			where ${eventCountryQuota.eventId} = ${event.id}
				and ${eventCountryQuota.countryCode} = ${sql.placeholder('countryCode')}) as "countryPlaces",
		(select ${eventCategoryQuota.places} from ${eventCategoryQuota}
			where ${eventCategoryQuota.eventId} = ${event.id}
				and ${eventCategoryQuota.category} = ${sql.placeholder('category')}) as "categoryPlaces"
	from ${event} where ${event.id} = ${sql.placeholder('eventId')}::uuid
	for update`);

/**
 * The places held in the event, by everyone and by the registrant's country and category. A statement
 * of its own, after the lock: it sees every registration committed before (one statement that both
 * locked and counted would count with the snapshot it took before waiting for the lock).
 */
const countHeld = preparedSql<{ all: number; country: number; category: number }>(sql`
	select ${heldCount()} as "all",
		${heldCount(sql`${registration.countryCode} = ${sql.placeholder('countryCode')}`)} as "country",
		${heldCount(sql`${registration.category} = ${sql.placeholder('category')}`)} as "category"
	from ${registration} where ${registration.eventId} = ${sql.placeholder('eventId')}::uuid`);

/**
 * The registration and, in the same statement, its mail in the outbox (unless SMTP is configured:
 * then `sendMail` records and sends it, still in the transaction). Nothing at all when the email is
 * already registered for the event.
 */
const insertRegistration = preparedSql<{ id: string }>(sql`
	with inserted as (
		insert into ${registration} (id, event_id, full_name, email, country_code, profession, category,
			organisation_name, locale, status, reason)
		values (${sql.placeholder('id')}::uuid, ${sql.placeholder('eventId')}::uuid, ${sql.placeholder('fullName')},
			${sql.placeholder('email')}, ${sql.placeholder('countryCode')}, ${sql.placeholder('profession')},
			${sql.placeholder('category')}, ${sql.placeholder('organisationName')}, ${sql.placeholder('locale')},
			${sql.placeholder('status')}, ${sql.placeholder('reason')})
		on conflict do nothing
		returning id),
	mailed as (
		insert into ${mailMessage} (to_address, subject, text_body)
		select ${sql.placeholder('email')}, ${sql.placeholder('subject')}, ${sql.placeholder('text')}
		from inserted where ${sql.placeholder('recordMail')}::boolean)
	select id from inserted`);

/** Registrations an email address may receive in an hour, for all events together. */
export const registrationsPerAddressHour = 5;

/** The registration of `email` for the event, when there is one. */
const findRegistration = preparedSql<Pick<RegistrationOutcome, 'id' | 'status' | 'reason'>>(sql`
	select ${registration.id} as "id", ${registration.status} as "status", ${registration.reason} as "reason"
	from ${registration}
	where ${registration.eventId} = ${sql.placeholder('eventId')}::uuid
		and lower(${registration.email}) = lower(${sql.placeholder('email')})`);

/**
 * Registers someone for a published event whose registration is open: confirmed, pending the
 * organiser's approval, or wait-listed with the reason; the registrant is told by mail. When the
 * email is already registered for the event, nothing changes and the mail says so: the outcome is
 * the registration as it is, `alreadyRegistered`, which the form must not tell apart. Refused when
 * the address or the client (`clientAddress`) has sent the form too often this hour, the event is
 * not public (`not_found`), or registration is not open. At most six statements (seven when SMTP
 * sends): the public form's budget is ten.
 */
export async function register(
	eventId: string,
	input: unknown,
	locale: string,
	compose: RegistrationMail,
	clientAddress: string
): Promise<RegistrationOutcome & { alreadyRegistered: boolean }> {
	assertRecordId(eventId, 'event');
	const person = parseInput(RegistrationSchema, input);
	const { countryCode, category } = person;
	const allowed = await withinLimits([
		{ key: `registration:email:${person.email}`, max: registrationsPerAddressHour },
		{ key: `registration:client:${clientAddress}`, max: config.registrationsPerClientHour }
	]);
	if (!allowed)
		throw new DomainError('too_many_requests', 'too many registrations from this address or client', {
			fields: { _: ['too_many_registrations'] }
		});
	return inTransaction(async (client) => {
		const [found] = await lockEvent({ eventId, countryCode, category }, client);
		if (!found) throw new DomainError('not_found', 'no such event');
		assertPublicEvent(found);
		const state = registrationState(found, new Date());
		if (state !== 'open') {
			const key = state === 'closed' ? 'registration_closed' : 'registration_not_open_yet';
			throw new DomainError('conflict', 'registration is not open', { fields: { _: [key] } });
		}
		if (!found.countryKnown)
			throw new DomainError('invalid', 'unknown country', { fields: { countryCode: ['unknown_country'] } });

		const limited = found.capacity !== null || found.countryPlaces !== null || found.categoryPlaces !== null;
		const [held] = limited
			? await countHeld({ eventId, countryCode, category }, client)
			: [{ all: 0, country: 0, category: 0 }];
		const places: Places = {
			capacity: found.capacity,
			held: held.all,
			countryPlaces: found.countryPlaces,
			countryHeld: held.country,
			categoryPlaces: found.categoryPlaces,
			categoryHeld: held.category
		};
		const outcome = arrivalStatus(found.requiresApproval, places);

		// The id is chosen here so that the mail, which links to the registration, is written first.
		const id = randomUUID();
		const mail = news(found, { id, locale }, outcome, compose);
		const sendsNow = mailIsSentAtOnce();
		const [inserted] = await insertRegistration(
			{
				id,
				eventId,
				...person,
				organisationName: person.organisationName ?? null,
				locale: asLocale(locale),
				...outcome,
				...mail,
				recordMail: !sendsNow
			},
			client
		);
		if (!inserted) {
			const [existing] = await findRegistration({ eventId, email: person.email }, client);
			const reminder = news(found, { id: existing.id, locale }, existing, compose, true);
			await sendMail({ to: person.email, ...reminder }, drizzle(client, { schema }));
			return { ...existing, eventId, alreadyRegistered: true };
		}
		if (sendsNow) await sendMail({ to: person.email, ...mail }, drizzle(client, { schema }));
		return { id, eventId, ...outcome, alreadyRegistered: false };
	});
}

/** What the public result page says of a registration: its current status, for whoever holds its link. */
export async function getRegistrationOutcome(
	eventId: string,
	registrationId: string
): Promise<RegistrationOutcome & { eventTitle: Localized }> {
	assertRecordId(eventId, 'event');
	assertRecordId(registrationId, 'registration');
	const [row] = await db()
		.select({
			id: registration.id,
			eventId: registration.eventId,
			status: registration.status,
			reason: registration.reason,
			eventTitle: event.title,
			isPublished: event.isPublished,
			archivedAt: event.archivedAt
		})
		.from(registration)
		.innerJoin(event, eq(event.id, registration.eventId))
		.where(and(eq(registration.id, registrationId), eq(registration.eventId, eventId)));
	if (!row) throw new DomainError('not_found', 'no such registration');
	assertPublicEvent(row);
	const { isPublished: _published, archivedAt: _archived, ...outcome } = row;
	return { ...outcome, reason: outcome.reason as RegistrationOutcome['reason'] };
}

/** The statuses each decision may be taken from. */
const decidableFrom: Record<'approve' | 'decline' | 'cancel', RegistrationStatus[]> = {
	approve: ['pending', 'waitlisted', 'declined', 'cancelled'],
	decline: ['pending', 'waitlisted', 'confirmed'],
	cancel: ['pending', 'waitlisted', 'confirmed']
};

/**
 * An organiser's decision on a registration. Approve: confirmed if a place remains, else wait-listed
 * with the reason. Decline: declined with the reason given ("other" when none). Cancel: cancelled.
 * A place given up is offered to the wait-list in order of registration; everyone whose status
 * changes is told by mail. Returns the registration as it now is.
 */
export async function decideRegistration(
	actor: Actor,
	registrationId: string,
	decision: string,
	reason: string | null | undefined,
	compose: RegistrationMail
): Promise<RegistrationOutcome> {
	assertRecordId(registrationId, 'registration');
	const decided = parseInput(DecisionSchema, { decision, reason });
	return db().transaction(async (tx) => {
		const [row] = await tx
			.select({
				...eventColumns,
				programmeId: event.programmeId,
				eventCountryCode: event.countryCode,
				registrant: {
					id: registration.id,
					email: registration.email,
					locale: registration.locale,
					countryCode: registration.countryCode,
					category: registration.category,
					status: registration.status
				}
			})
			.from(registration)
			.innerJoin(event, eq(event.id, registration.eventId))
			.where(eq(registration.id, registrationId))
			.for('update', { of: [event, registration] });
		if (!row) throw new DomainError('not_found', 'no such registration');
		authorize(actor, 'manage', {
			kind: 'event',
			programmeId: row.programmeId,
			countryCode: row.eventCountryCode
		});
		const { registrant } = row;
		if (!decidableFrom[decided.decision].includes(registrant.status))
			throw new DomainError('conflict', 'not possible from this status', {
				fields: { _: ['decision_not_possible'] }
			});

		const outcome: Pick<RegistrationOutcome, 'status' | 'reason'> =
			decided.decision === 'approve'
				? arrivalStatus(false, await placesFor(tx, row, registrant))
				: decided.decision === 'decline'
					? { status: 'declined', reason: decided.reason ?? 'other' }
					: { status: 'cancelled', reason: null };
		await tx
			.update(registration)
			.set({
				...outcome,
				decidedBy: actor.kind === 'user' ? actor.userId : null,
				decidedAt: new Date(),
				updatedAt: new Date()
			})
			.where(eq(registration.id, registrant.id));
		if (outcome.status !== registrant.status) await tell(tx, row, registrant, outcome, compose);
		if (holdsPlace(registrant.status) && !holdsPlace(outcome.status))
			await offerPlacesToWaitlist(tx, row, compose);
		return { id: registrant.id, eventId: row.eventId, ...outcome };
	});
}

type Quotas = { byCountry: Map<string, number>; byCategory: Map<string, number> };
type Held = { all: number; byCountry: Map<string, number>; byCategory: Map<string, number> };

async function quotasOf(tx: Tx, eventId: string): Promise<Quotas> {
	const countries = await tx
		.select({ key: eventCountryQuota.countryCode, places: eventCountryQuota.places })
		.from(eventCountryQuota)
		.where(eq(eventCountryQuota.eventId, eventId));
	const categories = await tx
		.select({ key: eventCategoryQuota.category, places: eventCategoryQuota.places })
		.from(eventCategoryQuota)
		.where(eq(eventCategoryQuota.eventId, eventId));
	const mapOf = (rows: { key: string; places: number }[]) => new Map(rows.map((r) => [r.key, r.places]));
	return { byCountry: mapOf(countries), byCategory: mapOf(categories) };
}

/** The places held now, leaving out the registration `except` (the one being decided). */
async function heldPlaces(tx: Tx, eventId: string, except?: string): Promise<Held> {
	const rows = await tx
		.select({ countryCode: registration.countryCode, category: registration.category, held: count() })
		.from(registration)
		.where(
			and(
				eq(registration.eventId, eventId),
				inArray(registration.status, holdingStatuses),
				except ? ne(registration.id, except) : undefined
			)
		)
		.groupBy(registration.countryCode, registration.category);
	const held: Held = { all: 0, byCountry: new Map(), byCategory: new Map() };
	for (const row of rows) take(held, row, row.held);
	return held;
}

function take(held: Held, who: Pick<Registrant, 'countryCode' | 'category'>, places = 1): void {
	held.all += places;
	held.byCountry.set(who.countryCode, (held.byCountry.get(who.countryCode) ?? 0) + places);
	held.byCategory.set(who.category, (held.byCategory.get(who.category) ?? 0) + places);
}

const placesOf = (
	capacity: number | null,
	quotas: Quotas,
	held: Held,
	who: Pick<Registrant, 'countryCode' | 'category'>
): Places => ({
	capacity,
	held: held.all,
	countryPlaces: quotas.byCountry.get(who.countryCode) ?? null,
	countryHeld: held.byCountry.get(who.countryCode) ?? 0,
	categoryPlaces: quotas.byCategory.get(who.category) ?? null,
	categoryHeld: held.byCategory.get(who.category) ?? 0
});

async function placesFor(tx: Tx, facts: EventFacts, who: Registrant): Promise<Places> {
	const quotas = await quotasOf(tx, facts.eventId);
	return placesOf(facts.capacity, quotas, await heldPlaces(tx, facts.eventId, who.id), who);
}

/**
 * Lets wait-listed registrations in, in the order they registered, while places remain for them
 * (a later registrant of another country may fit where an earlier one's quota is still full). Call
 * it, with the event locked, after places were given up or the capacity or quotas were raised.
 */
async function offerPlacesToWaitlist(tx: Tx, facts: EventFacts, compose: RegistrationMail): Promise<void> {
	const waiting = await tx
		.select({
			id: registration.id,
			email: registration.email,
			locale: registration.locale,
			countryCode: registration.countryCode,
			category: registration.category
		})
		.from(registration)
		.where(and(eq(registration.eventId, facts.eventId), eq(registration.status, 'waitlisted')))
		.orderBy(asc(registration.createdAt), asc(registration.id));
	if (waiting.length === 0) return;
	const quotas = await quotasOf(tx, facts.eventId);
	const held = await heldPlaces(tx, facts.eventId);
	for (const person of waiting) {
		const outcome = arrivalStatus(facts.requiresApproval, placesOf(facts.capacity, quotas, held, person));
		if (outcome.status === 'waitlisted') continue;
		await tx
			.update(registration)
			.set({ ...outcome, updatedAt: new Date() })
			.where(eq(registration.id, person.id));
		take(held, person);
		await tell(tx, facts, person, outcome, compose);
	}
}

/**
 * After an organiser raised an event's capacity or quotas: lets the wait-list in where places now
 * remain. Runs in the caller's transaction, which has locked the event (`select … for update`).
 */
export async function fillPlacesFromWaitlist(
	tx: Tx,
	eventId: string,
	compose: RegistrationMail
): Promise<void> {
	const [facts] = await tx.select(eventColumns).from(event).where(eq(event.id, eventId));
	if (facts) await offerPlacesToWaitlist(tx, facts, compose);
}
