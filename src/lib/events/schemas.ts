// Validation of events, their agenda and list queries, shared by the forms, the API and the server.
// Error messages are message keys (see ui/field-errors.ts). What needs the database (that the
// programme, package version, ToT and trainers exist and are in reach) is checked by the domain,
// which answers with the same kind of field error.
import { z } from 'zod';
import { contentLocales } from '../i18n/localized.js';
import {
	CountryCodeSchema,
	LanguageCodeSchema,
	optional,
	DeclaredLanguagesSchema,
	optionalLocalized,
	requiredLocalized,
	setOf,
	text,
	wallClock,
	whole,
	yesNo
} from '../validation/common.js';
import { instantOf, isTimeZone } from './time-zone.js';
import {
	defaultCompletionPercent,
	eventKindValues,
	isCascadeKind,
	participantCategoryValues,
	registrationStatusValues
} from './values.js';

const choice = <const T extends readonly [string, ...string[]]>(values: T) =>
	z.enum(values, { error: 'invalid_choice' });

const day = z.iso.date({ error: 'invalid_date' });
const clock = z
	.string({ error: 'invalid_time' })
	.regex(/^([01]\d|2[0-3]):[0-5]\d$/, { error: 'invalid_time' });

export const TimeZoneSchema = z
	.string({ error: 'invalid_time_zone' })
	.trim()
	.refine(isTimeZone, { error: 'invalid_time_zone' });

export const maxPlaces = 100_000;
const places = whole(1, maxPlaces, 'invalid_places');

/**
 * A quota table: rows of a key (a country, a category) and places. A form sends blank rows to fill
 * in; a row left wholly blank is dropped, a half-filled one is refused beside its blank half, and a
 * key given twice beside its second row.
 */
function quotaTable<K extends string, V extends string>(key: K, keySchema: z.ZodType<V>) {
	type Row = { [P in K]?: V | null } & { places?: number | null };
	const row = z.object({ [key]: optional(keySchema), places: optional(places) }) as unknown as z.ZodType<Row>;
	return z
		.array(row, { error: 'invalid_choice' })
		.max(200, { error: 'too_many' })
		.default([])
		.superRefine((rows, context) => {
			const seen = new Set<V>();
			rows.forEach((row, index) => {
				const value = row[key] as V | null | undefined;
				if (value == null && row.places == null) return;
				if (value == null) context.addIssue({ code: 'custom', path: [index, key], message: 'required' });
				if (row.places == null)
					context.addIssue({ code: 'custom', path: [index, 'places'], message: 'required' });
				if (value != null && seen.has(value))
					context.addIssue({ code: 'custom', path: [index, key], message: 'duplicate_row' });
				if (value != null) seen.add(value);
			});
		})
		.transform((rows) =>
			rows.flatMap((row) => {
				const value = row[key] as V | null | undefined;
				return value != null && row.places != null
					? [{ [key]: value, places: row.places } as { [P in K]: V } & { places: number }]
					: [];
			})
		);
}

/**
 * Whether every value passes `schema`. Rules between fields run even when a field was refused (zod
 * goes on after a malformed value); they compare only well-formed ones, so a refusal is said once.
 */
const isValid = (schema: z.ZodType, ...values: unknown[]) =>
	values.every((value) => schema.safeParse(value).success);

const placesIn = (rows: readonly { places: number }[]) => rows.reduce((sum, row) => sum + row.places, 0);

/**
 * An event as created or changed: an update sends the whole event again (the edit form shows every
 * field), so the rules between fields always see all of them.
 */
export const EventInputSchema = z
	.object({
		kind: choice(eventKindValues),
		/** null: an event of no programme, which only platform-wide organisers and its country's focal points run. */
		programmeId: optional(z.uuid({ error: 'unknown_programme' })),
		title: requiredLocalized(300),
		description: optionalLocalized(8000),
		languages: DeclaredLanguagesSchema.optional(),
		startsOn: day,
		endsOn: day,
		/** The IANA time zone of the venue: agenda times and the registration window are read in it. */
		timeZone: TimeZoneSchema.default('UTC'),
		isOnline: yesNo,
		onlineUrl: optional(z.httpUrl({ error: 'invalid_website' }).max(500, { error: 'too_long' })),
		venue: optional(text(300)),
		city: optional(text(120)),
		/** The host country; an online event may have none. */
		countryCode: optional(CountryCodeSchema),
		language: LanguageCodeSchema,
		/** null: no limit. */
		capacity: optional(places),
		countryQuotas: quotaTable('countryCode', CountryCodeSchema),
		categoryQuotas: quotaTable('category', choice(participantCategoryValues)),
		packageVersionId: optional(z.uuid({ error: 'unknown_package_version' })),
		/** For pilots and rollouts: the Training of Trainers their trainers were certified at. */
		totEventId: optional(z.uuid({ error: 'unknown_tot_event' })),
		/** The trainers: certificates issued at that ToT. */
		trainerCertificateIds: setOf(
			z.uuid({ error: 'trainer_not_from_tot' }),
			200,
			'trainer_not_from_tot'
		).default([]),
		/** Users holding the trainer role who run the event on the day. */
		facilitatorIds: setOf(text(100).min(1, { error: 'not_a_trainer' }), 100, 'not_a_trainer').default([]),
		registrationOpensAt: optional(wallClock),
		registrationClosesAt: optional(wallClock),
		requiresApproval: yesNo,
		completionAttendancePercent: whole(0, 100, 'invalid_percent').default(defaultCompletionPercent),
		requiresPostTest: yesNo,
		isPublished: yesNo
	})
	.superRefine((event, context) => {
		const refuse = (path: string, message: string) =>
			context.addIssue({ code: 'custom', path: [path], message });
		if (isValid(day, event.startsOn, event.endsOn) && event.endsOn < event.startsOn)
			refuse('endsOn', 'ends_before_start');
		if (event.isOnline && !event.onlineUrl) refuse('onlineUrl', 'required');
		if (!event.isOnline) {
			if (!event.countryCode) refuse('countryCode', 'required');
			if (!event.city) refuse('city', 'required');
		}
		for (const quotas of ['countryQuotas', 'categoryQuotas'] as const)
			if (event.capacity != null && placesIn(event[quotas]) > event.capacity)
				refuse(quotas, 'quotas_over_capacity');
		const { registrationOpensAt: opens, registrationClosesAt: closes } = event;
		if (opens && closes && isValid(wallClock, opens, closes) && closes <= opens)
			refuse('registrationClosesAt', 'closes_before_opens');
		if (!isCascadeKind(event.kind)) {
			if (event.totEventId) refuse('totEventId', 'tot_only_for_cascade');
			if (event.trainerCertificateIds.length > 0) refuse('trainerCertificateIds', 'tot_only_for_cascade');
		} else if (event.trainerCertificateIds.length > 0 && !event.totEventId) refuse('totEventId', 'required');
	})
	.transform(({ registrationOpensAt, registrationClosesAt, isOnline, ...event }) => ({
		...event,
		// What is left out is cleared: the whole event is always sent.
		programmeId: event.programmeId ?? null,
		description: event.description ?? null,
		countryCode: event.countryCode ?? null,
		capacity: event.capacity ?? null,
		packageVersionId: event.packageVersionId ?? null,
		totEventId: event.totEventId ?? null,
		isOnline,
		// An online event keeps no venue; one on site keeps no link.
		onlineUrl: isOnline ? (event.onlineUrl ?? null) : null,
		venue: isOnline ? null : (event.venue ?? null),
		city: isOnline ? null : (event.city ?? null),
		registrationOpensAt: registrationOpensAt ? instantOf(registrationOpensAt, event.timeZone) : null,
		registrationClosesAt: registrationClosesAt ? instantOf(registrationClosesAt, event.timeZone) : null
	}));
export type EventInput = z.infer<typeof EventInputSchema>;

// ---------------------------------------------------------------- agenda

/** An agenda item as typed: a day of the event and clock times in its time zone. */
export const AgendaItemInputSchema = z
	.object({
		day,
		startsAt: clock,
		endsAt: clock,
		title: requiredLocalized(300),
		/** Sessions count for attendance; breaks do not. */
		isSession: yesNo,
		speakers: optional(text(500)),
		facilitators: optional(text(500))
	})
	.superRefine((item, context) => {
		if (isValid(clock, item.startsAt, item.endsAt) && item.endsAt <= item.startsAt)
			context.addIssue({ code: 'custom', path: ['endsAt'], message: 'ends_before_start' });
	});

// ---------------------------------------------------------------- lists

export const EventListQuerySchema = z.object({
	kind: choice(eventKindValues).optional(),
	programme: z.uuid({ error: 'unknown_programme' }).optional(),
	country: CountryCodeSchema.optional(),
	page: whole(1, 1_000_000, 'invalid_page').default(1),
	pageSize: whole(1, 100, 'invalid_page_size').default(25),
	/** The reader's language: titles are shown and sorted in it. */
	locale: z.enum(contentLocales, { error: 'invalid_choice' }).default('en')
});

export const RegistrationListQuerySchema = z.object({
	status: choice(registrationStatusValues).optional()
});
