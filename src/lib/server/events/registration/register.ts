// Registering for a published event; mail tells the registrant their status, in their own
// language.
//
// The public form lets anyone type any address. So its mail carries nothing a stranger typed (only
// MHub's own words, the event and links), an address already registered is told so by mail while
// the form answers exactly as for a new registration, and each address and each client may send it
// only so often (rate-limit.ts).
//
// Every change runs in one transaction that first locks the event's row: registrations and decisions
// for one event happen one after the other, so two people never take the same last place.
import { randomUUID } from 'node:crypto';
import { and, inArray, sql, type SQL } from 'drizzle-orm';
import { RegistrationSchema } from '../../../events/registration-schema.js';
import { config } from '../../config.js';
import { db } from '../../db/client.js';
import { preparedSql } from '../../db/prepared.js';
import { country } from '../../db/schema/directory.js';
import { event, eventCategoryQuota, eventCountryQuota, registration } from '../../db/schema/events.js';
import { DomainError } from '../../errors.js';
import { sendMail } from '../../mail/send-mail.js';
import { withinLimits } from '../../rate-limit.js';
import { assertRecordId, parseInput, type FieldsOf } from '../../validate.js';
import { assertPublicEvent } from '../policies.js';
import {
	arrivalStatus,
	registrationState,
	type Places,
	type RegistrationWindow
} from '../registration-status.js';
import { asLocale, news, type EventFacts, type RegistrationMail, type RegistrationOutcome } from './news.js';
import { holdingStatuses } from '../../../events/values.js';

const heldCount = (where?: SQL) =>
	sql<number>`(count(*) filter (where ${and(inArray(registration.status, holdingStatuses), where)}))::int`;

// The public form is the busiest write: its three statements are built once and prepared, and run in
// the transaction on its `tx`.

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

/** The registration; nothing when the email is already registered for the event. */
const insertRegistration = preparedSql<{ id: string }>(sql`
	insert into ${registration} (id, event_id, full_name, email, country_code, profession, category,
		organisation_name, locale, status, reason)
	values (${sql.placeholder('id')}::uuid, ${sql.placeholder('eventId')}::uuid, ${sql.placeholder('fullName')},
		${sql.placeholder('email')}, ${sql.placeholder('countryCode')}, ${sql.placeholder('profession')},
		${sql.placeholder('category')}, ${sql.placeholder('organisationName')}, ${sql.placeholder('locale')},
		${sql.placeholder('status')}, ${sql.placeholder('reason')})
	on conflict do nothing
	returning id`);

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
 * not public (`not_found`), or registration is not open. At most seven statements (eight when SMTP
 * sends): the public form's budget is ten.
 */
export async function register(
	eventId: string,
	input: FieldsOf<typeof RegistrationSchema>,
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
	return db().transaction(async (tx) => {
		const [found] = await lockEvent({ eventId, countryCode, category }, tx);
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
			? await countHeld({ eventId, countryCode, category }, tx)
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
		const [inserted] = await insertRegistration(
			{
				id,
				eventId,
				...person,
				organisationName: person.organisationName ?? null,
				locale: asLocale(locale),
				...outcome
			},
			tx
		);
		if (!inserted) {
			const [existing] = await findRegistration({ eventId, email: person.email }, tx);
			const reminder = news(found, { id: existing.id, locale }, existing, compose, true);
			await sendMail({ to: person.email, ...reminder }, tx);
			return { ...existing, eventId, alreadyRegistered: true };
		}
		await sendMail({ to: person.email, ...mail }, tx);
		return { id, eventId, ...outcome, alreadyRegistered: false };
	});
}
