// The mail a panellist receives: their personal link when a round opens, or a reminder, in their language.
import * as m from '../paraglide/messages.js';
import { interfaceLocaleFor } from '../i18n/content-languages.js';
import { localizedText, type ContentLocale, type Localized } from '../i18n/localized.js';
import { formatDate } from '../i18n/dates.js';

export const panelPath = (token: string) => `/d/${token}`;

export const panelMail =
	(
		kind: 'links' | 'reminder',
		study: { title: Localized },
		round: { number: number; closesAt: Date },
		linkTo: (path: string) => string
	) =>
	(recipient: { fullName: string; language: string; token: string }) => {
		// MHub's words in the panellist's language if it speaks it (else English), the title in theirs.
		const locale = interfaceLocaleFor(recipient.language);
		const title = localizedText(study.title, recipient.language as ContentLocale);
		// The round closes at the end of the day before `closesAt` (UTC).
		const lastDay = formatDate(new Date(round.closesAt.getTime() - 1).toISOString().slice(0, 10), locale);
		const subject =
			kind === 'links'
				? m.delphi_mail_subject_links({ title, round: round.number }, { locale })
				: m.delphi_mail_subject_reminder({ title, round: round.number }, { locale });
		return {
			subject,
			text: [
				m.delphi_mail_greeting({ name: recipient.fullName }, { locale }),
				'',
				kind === 'links'
					? m.delphi_mail_links_body({ title, round: round.number, lastDay }, { locale })
					: m.delphi_mail_reminder_body({ title, round: round.number, lastDay }, { locale }),
				'',
				linkTo(panelPath(recipient.token)),
				'',
				m.delphi_mail_anonymity({}, { locale })
			].join('\n')
		};
	};
