// What the programme form offers to choose from: organisations, countries and the catalogue's
// languages, named in the reader's language.
import { countryChoices } from '../../forms/choices.js';
import { nameWithAcronym } from '../../directory/name-with-acronym.js';
import type { ContentLocale } from '../../i18n/localized.js';
import { contentLanguagesByName, languageNames } from '../../i18n/content-languages.js';
import type { Actor } from '../auth/actor.js';
import { listCountryChoices } from '../directory/countries.js';
import { listOrganisationChoices } from '../directory/organisations.js';

export async function programmeFormChoices(actor: Actor, reader: ContentLocale) {
	const [organisations, countries] = await Promise.all([
		listOrganisationChoices(actor, reader),
		listCountryChoices(actor, reader)
	]);
	return {
		organisations: organisations.map((o) => ({ id: o.id, name: nameWithAcronym(o, reader) })),
		countries: countryChoices(countries, reader),
		languageNames: languageNames(contentLanguagesByName(reader), reader)
	};
}
