// Mail tells the registrant each change of their status, in their own language. What mail and
// decisions need of an event and of a registrant.
import type { DeclineReason, WaitlistReason } from '../../../events/registration-schema.js';
import type { RegistrationStatus } from '../../../events/values.js';
import type { InterfaceLocale } from '../../../i18n/content-languages.js';
import { contentLocales, type Localized } from '../../../i18n/localized.js';
import type { Tx } from '../../db/client.js';
import { event } from '../../db/schema/events.js';
import { sendMail, type Mail } from '../../mail/send-mail.js';

/** A change of a registration's status, as its mail tells it. */
export type RegistrationNews = {
	registrationId: string;
	eventId: string;
	/** The form was sent again for an address already registered: the mail says so. */
	alreadyRegistered: boolean;
	/** The registrant's language: the mail is written in it. */
	locale: InterfaceLocale;
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

export const asLocale = (locale: string): InterfaceLocale =>
	(contentLocales as readonly string[]).includes(locale) ? (locale as InterfaceLocale) : 'en';

/** What mail and decisions need of an event. */
export const eventColumns = {
	eventId: event.id,
	title: event.title,
	startsOn: event.startsOn,
	endsOn: event.endsOn,
	capacity: event.capacity,
	requiresApproval: event.requiresApproval
};
export type EventFacts = {
	eventId: string;
	title: Localized;
	startsOn: string;
	endsOn: string;
	capacity: number | null;
	requiresApproval: boolean;
};

export type Registrant = {
	id: string;
	email: string;
	locale: string;
	countryCode: string;
	category: string;
};

/** The mail that tells `person` of `outcome`, in their language. */
export function news(
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

export async function tell(
	tx: Tx,
	facts: EventFacts,
	person: Registrant,
	outcome: Pick<RegistrationOutcome, 'status' | 'reason'>,
	compose: RegistrationMail
): Promise<void> {
	await sendMail({ to: person.email, ...news(facts, person, outcome, compose) }, tx);
}
