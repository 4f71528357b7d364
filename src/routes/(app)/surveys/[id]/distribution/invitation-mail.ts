// The invitation mail, composed in the invitee's language (its words in the nearest interface
// language); the domain sends it.
import * as m from '#lib/paraglide/messages.js';
import { interfaceLocaleFor } from '#lib/i18n/content-languages.js';
import { localizedText, type Localized } from '#lib/i18n/localized.js';
import type { InvitationMail } from '#lib/server/surveys/distribution.js';

export const invitationMail =
	(
		{ title, timeZone }: { title: Localized; timeZone: string },
		linkTo: (path: string) => string
	): InvitationMail =>
	({ name, language, path, closesAt }) => {
		const locale = { locale: interfaceLocaleFor(language) };
		const surveyTitle = localizedText(title, language);
		return {
			subject: m.survey_respond_mail_subject({ title: surveyTitle }, locale),
			text: [
				name
					? m.survey_respond_mail_greeting({ name }, locale)
					: m.survey_respond_mail_greeting_anonymous({}, locale),
				'',
				m.survey_respond_mail_body({ title: surveyTitle }, locale),
				'',
				linkTo(path),
				...(closesAt
					? [
							'',
							m.survey_respond_mail_closes(
								{
									date:
										new Intl.DateTimeFormat(locale.locale, {
											dateStyle: 'long',
											timeStyle: 'short',
											timeZone
										}).format(closesAt) + ` (${timeZone})`
								},
								locale
							)
						]
					: [])
			].join('\n')
		};
	};
