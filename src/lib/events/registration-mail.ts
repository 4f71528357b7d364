// The mail a registrant receives when their registration's status changes, in their own language.
// Anyone may type any address in the public form: the mail holds nothing they typed (no name), only
// MHub's own words, the event and the links.
import * as m from '../paraglide/messages.js';
import { localizedText } from '../i18n/localized.js';
import { formatDateRange } from '../i18n/dates.js';
import type { RegistrationMail } from '../server/events/registration/news.js';
import { reasonSentence, registrationOutcomeText } from './registration-labels.js';

const subjects = {
	confirmed: m.registration_mail_subject_confirmed,
	pending: m.registration_mail_subject_pending,
	waitlisted: m.registration_mail_subject_waitlisted,
	declined: m.registration_mail_subject_declined,
	cancelled: m.registration_mail_subject_cancelled
};

/** Paths of the public pages a registrant is sent to. */
export const publicEventPath = (eventId: string) => `/e/${eventId}`;
export const registrationPath = (eventId: string, registrationId: string) =>
	`/e/${eventId}/registrations/${registrationId}`;
/** Where the public form leads, whether the address was new or already registered. */
export const registrationSentPath = (eventId: string) => `/e/${eventId}/thank-you`;

/** `linkTo` turns a path into an absolute link on MHub's public address. */
export const registrationMail =
	(linkTo: (path: string) => string): RegistrationMail =>
	(news) => {
		const locale = news.locale;
		const title = localizedText(news.event.title, locale);
		const dates = formatDateRange(news.event.startsOn, news.event.endsOn, locale);
		const text = [
			m.registration_mail_greeting({}, { locale }),
			'',
			news.alreadyRegistered ? m.registration_mail_already_registered({}, { locale }) : '',
			registrationOutcomeText[news.status]({}, { locale }),
			reasonSentence(news.reason, locale),
			'',
			m.registration_mail_event({ title, dates }, { locale }),
			m.registration_mail_links(
				{
					eventLink: linkTo(publicEventPath(news.eventId)),
					registrationLink: linkTo(registrationPath(news.eventId, news.registrationId))
				},
				{ locale }
			)
		];
		const subject = news.alreadyRegistered
			? m.registration_mail_subject_already_registered
			: subjects[news.status];
		return {
			subject: subject({ title }, { locale }),
			text: text.filter((line, index) => line !== '' || text[index - 1] !== '').join('\n')
		};
	};
