// Between the event forms and the domain input: quota tables arrive as parallel lists of fields
// (one entry per row), localized texts as "title.en"; records are shown back in the same flat shape.
import { localizedFields, nestFields, textOf, type FormFields } from '../forms/fields.js';
import type { Localized } from '../i18n/localized.js';
import { wallTime } from './time-zone.js';
import { defaultCompletionPercent } from './values.js';

/** The repeated fields of the event form: quota rows, trainers, facilitators and languages. */
export const eventListFields = [
	'quotaCountry',
	'quotaCountryPlaces',
	'quotaCategory',
	'quotaCategoryPlaces',
	'trainerCertificateIds',
	'facilitatorIds',
	'languages'
] as const;

const listAt = (values: FormFields, name: string): string[] => {
	const value = values[name];
	if (Array.isArray(value)) return value.map(textOf);
	return value === undefined ? [] : [textOf(value)];
};

/** Rows of two parallel lists of fields, as objects of `keys`. */
function zipRows<K extends string>(values: FormFields, keys: Record<K, string>): Record<K, string>[] {
	const columns = Object.entries(keys).map(([key, name]) => [key, listAt(values, name as string)] as const);
	const length = Math.max(0, ...columns.map(([, list]) => list.length));
	return Array.from(
		{ length },
		(_, index) =>
			Object.fromEntries(columns.map(([key, list]) => [key, list[index] ?? ''])) as Record<K, string>
	);
}

/** The event form's values as the domain's event input. */
export function eventInput(values: FormFields): Record<string, unknown> {
	const {
		quotaCountry: _quotaCountry,
		quotaCountryPlaces: _quotaCountryPlaces,
		quotaCategory: _quotaCategory,
		quotaCategoryPlaces: _quotaCategoryPlaces,
		...rest
	} = values;
	return {
		...nestFields(rest),
		countryQuotas: zipRows(values, { countryCode: 'quotaCountry', places: 'quotaCountryPlaces' }),
		categoryQuotas: zipRows(values, { category: 'quotaCategory', places: 'quotaCategoryPlaces' })
	};
}

/** The quota rows a form shows: those sent or saved, then blank ones to fill in. */
export function quotaRowsShown<K extends string>(
	values: FormFields,
	keys: Record<K, string>,
	blank = 3
): Record<K, string>[] {
	const rows = zipRows(values, keys);
	const empty = Object.fromEntries(Object.keys(keys).map((key) => [key, ''])) as Record<K, string>;
	return [...rows, ...Array.from({ length: blank }, () => ({ ...empty }))];
}

/** An event as the event form shows it. */
export function eventFields(record: {
	kind: string;
	programmeId: string | null;
	title: Localized;
	description: Localized | null;
	languages: readonly string[];
	startsOn: string;
	endsOn: string;
	timeZone: string;
	isOnline: boolean;
	onlineUrl: string | null;
	venue: string | null;
	city: string | null;
	countryCode: string | null;
	language: string;
	capacity: number | null;
	countryQuotas: { countryCode: string; places: number }[];
	categoryQuotas: { category: string; places: number }[];
	packageVersionId: string | null;
	totEventId: string | null;
	trainers: { certificateId: string }[];
	facilitators: { userId: string }[];
	registrationOpensAt: Date | null;
	registrationClosesAt: Date | null;
	requiresApproval: boolean;
	completionAttendancePercent: number;
	requiresPostTest: boolean;
	isPublished: boolean;
}): FormFields {
	const yes = (flag: boolean) => (flag ? 'yes' : undefined);
	const clock = (instant: Date | null) => (instant ? wallTime(instant, record.timeZone) : '');
	return {
		kind: record.kind,
		programmeId: record.programmeId ?? '',
		...localizedFields('title', record.title),
		...localizedFields('description', record.description),
		languages: [...record.languages],
		startsOn: record.startsOn,
		endsOn: record.endsOn,
		timeZone: record.timeZone,
		isOnline: record.isOnline ? 'yes' : 'no',
		onlineUrl: record.onlineUrl ?? '',
		venue: record.venue ?? '',
		city: record.city ?? '',
		countryCode: record.countryCode ?? '',
		language: record.language,
		capacity: record.capacity === null ? '' : String(record.capacity),
		quotaCountry: record.countryQuotas.map((quota) => quota.countryCode),
		quotaCountryPlaces: record.countryQuotas.map((quota) => String(quota.places)),
		quotaCategory: record.categoryQuotas.map((quota) => quota.category),
		quotaCategoryPlaces: record.categoryQuotas.map((quota) => String(quota.places)),
		packageVersionId: record.packageVersionId ?? '',
		totEventId: record.totEventId ?? '',
		trainerCertificateIds: record.trainers.map((trainer) => trainer.certificateId),
		facilitatorIds: record.facilitators.map((facilitator) => facilitator.userId),
		registrationOpensAt: clock(record.registrationOpensAt),
		registrationClosesAt: clock(record.registrationClosesAt),
		requiresApproval: yes(record.requiresApproval),
		completionAttendancePercent: String(record.completionAttendancePercent),
		requiresPostTest: yes(record.requiresPostTest),
		isPublished: yes(record.isPublished)
	};
}

/** What a new event's form starts with. */
export const newEventFields: FormFields = {
	timeZone: 'UTC',
	isOnline: 'no',
	language: 'en',
	completionAttendancePercent: String(defaultCompletionPercent)
};
