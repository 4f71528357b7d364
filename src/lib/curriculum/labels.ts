// The curriculum's closed lists in the reader's language.
import * as m from '../paraglide/messages.js';
import type { Audience, Edition, Method } from './values.js';

type Message = () => string;

export const audienceLabel: Record<Audience, Message> = {
	health_professionals: m.packages_audience_health_professionals,
	law_enforcement_officers: m.packages_audience_law_enforcement_officers,
	social_workers: m.packages_audience_social_workers,
	trainers: m.packages_audience_trainers
};

export const editionLabel: Record<Edition, Message> = {
	trainer: m.packages_edition_trainer,
	trainee: m.packages_edition_trainee
};

export const methodLabel: Record<Method, Message> = {
	lecture: m.packages_method_lecture,
	discussion: m.packages_method_discussion,
	case_study: m.packages_method_case_study,
	role_play: m.packages_method_role_play,
	group_work: m.packages_method_group_work,
	video: m.packages_method_video,
	quiz: m.packages_method_quiz,
	field_visit: m.packages_method_field_visit
};

/** A duration as people say it: "45 min", "1 h 30 min". */
export function durationText(totalMinutes: number): string {
	const hours = Math.floor(totalMinutes / 60);
	const minutes = totalMinutes % 60;
	if (hours === 0) return m.packages_duration_minutes({ minutes });
	return minutes === 0
		? m.packages_duration_hours({ hours })
		: m.packages_duration_hours_minutes({ hours, minutes });
}

/** A file's size in kilobytes or megabytes, written in the reader's language. */
export function fileSizeText(bytes: number, locale: string): string {
	const megabytes = bytes / (1024 * 1024);
	const [value, unit] = megabytes >= 1 ? [megabytes, 'megabyte'] : [Math.max(bytes / 1024, 1), 'kilobyte'];
	return new Intl.NumberFormat(locale, { style: 'unit', unit, maximumFractionDigits: 1 }).format(value);
}
