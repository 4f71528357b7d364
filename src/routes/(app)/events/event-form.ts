// What the event form offers to choose from, for the pages that show it.
import type { ContentLocale } from '#lib/i18n/localized.js';
import { countryChoices } from '#lib/forms/choices.js';
import { contentLanguagesByName, languageNames } from '#lib/i18n/content-languages.js';
import { timeZoneChoices } from '#lib/events/time-zone.js';
import type { Actor } from '#lib/server/auth/actor.js';
import { listCountryChoices } from '#lib/server/directory/countries.js';
import { listCertifiedTrainers, listEventFormChoices } from '#lib/server/events/event-choices.js';

/** `event`: the event being changed, whose saved ToT's certified participants are offered as trainers. */
export async function eventFormChoices(
	actor: Actor,
	reader: ContentLocale,
	event?: { id: string; totEventId: string | null }
) {
	const [countries, choices, trainers] = await Promise.all([
		listCountryChoices(actor, reader),
		listEventFormChoices(actor, reader, event?.id),
		event?.totEventId ? listCertifiedTrainers(actor, event.totEventId) : undefined
	]);
	return {
		...choices,
		countries: countryChoices(countries, reader),
		timeZones: timeZoneChoices(),
		languageNames: languageNames(contentLanguagesByName(reader), reader),
		trainers
	};
}
