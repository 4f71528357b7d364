// What a role's scope can name: the countries and programmes the actor sees, in the reader's language.
import { countryChoices } from '../../forms/choices.js';
import { nameWithAcronym } from '../../directory/name-with-acronym.js';
import type { ContentLocale } from '../../i18n/localized.js';
import type { Actor } from './actor.js';
import { listCountryChoices } from '../directory/countries.js';
import { listProgrammeChoices } from '../programmes/programmes.js';

export type ScopeChoices = {
	countries: { code: string; name: string }[];
	programmes: { id: string; name: string }[];
};

export async function scopeChoices(actor: Actor, reader: ContentLocale): Promise<ScopeChoices> {
	const [countries, programmes] = await Promise.all([
		listCountryChoices(actor, reader),
		listProgrammeChoices(actor, reader)
	]);
	return {
		countries: countryChoices(countries, reader),
		programmes: programmes.map((p) => ({ id: p.id, name: nameWithAcronym(p, reader) }))
	};
}
