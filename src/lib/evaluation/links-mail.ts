// The mail that gives a participant their personal link to the tests and questionnaires of their
// event, in their own language.
import * as m from '../paraglide/messages.js';
import { localizedText } from '../i18n/localized.js';
import type { PersonalLinkMail } from '../server/evaluation/links.js';

/** `linkTo` turns a path into an absolute link on MHub's public address. */
export const personalLinkMail =
	(linkTo: (path: string) => string): PersonalLinkMail =>
	({ locale, fullName, eventTitle, path }) => {
		const title = localizedText(eventTitle, locale);
		return {
			subject: m.evaluation_links_mail_subject({ title }, { locale }),
			text: m.evaluation_links_mail_body({ name: fullName, title, link: linkTo(path) }, { locale })
		};
	};
