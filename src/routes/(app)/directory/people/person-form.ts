// What the person form offers to choose from, for the pages that show it.
import type { ContentLocale } from '#lib/i18n/localized.js';
import { countryChoices } from '#lib/forms/choices.js';
import type { Actor } from '#lib/server/auth/actor.js';
import { listCountryChoices } from '#lib/server/directory/countries.js';
import { listOrganisationChoices } from '#lib/server/directory/organisations.js';
import { directoryReach } from '#lib/server/directory/policies.js';

export async function personFormChoices(actor: Actor, reader: ContentLocale) {
	const [countries, organisations] = await Promise.all([
		listCountryChoices(actor, reader),
		listOrganisationChoices(actor, reader)
	]);
	const reach = directoryReach(actor);
	return {
		countries: countryChoices(countries, reader),
		organisations,
		ownCountries: reach.kind === 'countries' ? reach.countryCodes : []
	};
}
