// The mail of an event's evaluation plan, in the participant's language: a phase is open (with the
// personal link), or a reminder that it closes soon. Anyone may register with any address, so the
// mail holds nothing a registrant typed (no name): only MHub's words, the event and the link.
import * as m from '../paraglide/messages.js';
import { formatDateTime } from '../i18n/dates.js';
import { localizedText } from '../i18n/localized.js';
import type { EvaluationLetter, EvaluationMail } from '../server/evaluation/mailings.js';

const phaseNames = {
	pre: m.evaluation_mail_phase_pre,
	post: m.evaluation_mail_phase_post,
	satisfaction: m.evaluation_mail_phase_satisfaction
};

const phaseName = ({ phase, offsetDays, locale }: EvaluationLetter): string =>
	phase === 'follow_up'
		? m.evaluation_mail_phase_follow_up(
				{ days: new Intl.NumberFormat(locale).format(offsetDays) },
				{ locale }
			)
		: phaseNames[phase]({}, { locale });

/** `linkTo` turns a path into an absolute link on MHub's public address. */
export const evaluationMail =
	(linkTo: (path: string) => string): EvaluationMail =>
	(letter) => {
		const locale = letter.locale;
		const words = {
			phase: phaseName(letter),
			event: localizedText(letter.eventTitle, locale),
			closes: formatDateTime(letter.closesAt, letter.timeZone, locale),
			timeZone: letter.timeZone
		};
		const opening = letter.kind === 'opening';
		return {
			subject: opening
				? m.evaluation_mail_subject_opening(words, { locale })
				: m.evaluation_mail_subject_reminder(words, { locale }),
			text: [
				m.evaluation_mail_greeting({}, { locale }),
				'',
				opening
					? m.evaluation_mail_opening_body(words, { locale })
					: m.evaluation_mail_reminder_body(words, { locale }),
				'',
				linkTo(letter.path),
				'',
				m.evaluation_mail_personal({}, { locale }),
				...(letter.anonymous ? [m.evaluation_mail_anonymous({}, { locale })] : [])
			].join('\n')
		};
	};
