// Where an event takes place, as its parts in reading order: venue, city, country (in the reader's
// language). Callers join them; a web page isolates each part, as they may be in other scripts.
import { localizedText, type ContentLocale, type Localized } from './localized.js';

export type Place = { venue: string | null; city: string | null; countryName: Localized | null };

export const placeParts = (place: Place, reader: ContentLocale): string[] =>
	[place.venue, place.city, localizedText(place.countryName, reader)].filter(
		(part): part is string => !!part?.trim()
	);
