// Names of the participants file's columns, categories and import states, in the reader's language.
import * as m from '#lib/paraglide/messages.js';
import { getLocale } from '#lib/paraglide/runtime.js';
import type { ImportStatus } from '#lib/events/values.js';

type Message = () => string;

export type ParticipantColumn =
	'fullName' | 'email' | 'countryCode' | 'profession' | 'category' | 'organisationName' | 'locale';

export const columnLabel: Record<ParticipantColumn, Message> = {
	fullName: m.participants_field_full_name,
	email: m.participants_field_email,
	countryCode: m.participants_field_country,
	profession: m.participants_field_profession,
	category: m.participants_field_category,
	organisationName: m.participants_field_organisation,
	locale: m.participants_field_language
};

/** A refusal's column in the reader's language (the column's key when it is not one of ours). */
export const columnName = (field: string): string =>
	(columnLabel as Record<string, Message | undefined>)[field]?.() ?? field;

export const importStatusLabel: Record<ImportStatus, Message> = {
	previewed: m.participants_status_previewed,
	queued: m.participants_status_queued,
	running: m.participants_status_running,
	done: m.participants_status_done,
	failed: m.participants_status_failed
};

/** A count written the reader's way (12 345, 12,345, ١٢٬٣٤٥). */
export const counted = (value: number): string => new Intl.NumberFormat(getLocale()).format(value);

/** Items as the reader's language lists them ("A, B and C", « A, B et C », "A وB وC"). */
export const listed = (items: readonly string[]): string =>
	new Intl.ListFormat(getLocale(), { type: 'conjunction' }).format(items);

/** How many problems a page lists before pointing to the downloadable list of them all. */
export const problemsShown = 100;
