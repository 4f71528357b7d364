// The directory's closed lists and field-error keys, in the reader's language.
import * as m from '../paraglide/messages.js';
import type { Expertise, OrganisationType, Profession, Region } from './values.js';

type Message = () => string;

export const regionLabel: Record<Region, Message> = {
	eu: m.directory_region_eu,
	eea_efta: m.directory_region_eea_efta,
	candidate: m.directory_region_candidate,
	other_europe: m.directory_region_other_europe,
	mena: m.directory_region_mena,
	sub_saharan_africa: m.directory_region_sub_saharan_africa,
	asia_pacific: m.directory_region_asia_pacific,
	americas: m.directory_region_americas
};

export const organisationTypeLabel: Record<OrganisationType, Message> = {
	international_organisation: m.directory_type_international_organisation,
	development_agency: m.directory_type_development_agency,
	donor: m.directory_type_donor,
	ministry: m.directory_type_ministry,
	public_health_institute: m.directory_type_public_health_institute,
	academic: m.directory_type_academic,
	network: m.directory_type_network,
	ngo: m.directory_type_ngo,
	other: m.directory_type_other
};

export const professionLabel: Record<Profession, Message> = {
	physician: m.directory_profession_physician,
	nurse: m.directory_profession_nurse,
	midwife: m.directory_profession_midwife,
	psychologist: m.directory_profession_psychologist,
	social_worker: m.directory_profession_social_worker,
	law_enforcement_officer: m.directory_profession_law_enforcement_officer,
	public_health_specialist: m.directory_profession_public_health_specialist,
	researcher: m.directory_profession_researcher,
	trainer: m.directory_profession_trainer,
	cultural_mediator: m.directory_profession_cultural_mediator,
	policy_maker: m.directory_profession_policy_maker,
	other: m.directory_profession_other
};

export const expertiseLabel: Record<Expertise, Message> = {
	communicable_diseases: m.directory_expertise_communicable_diseases,
	mental_health: m.directory_expertise_mental_health,
	sexual_reproductive_health: m.directory_expertise_sexual_reproductive_health,
	psychosocial_support: m.directory_expertise_psychosocial_support,
	health_coverage: m.directory_expertise_health_coverage,
	intercultural_competence: m.directory_expertise_intercultural_competence,
	migration_law_policy: m.directory_expertise_migration_law_policy,
	training_education: m.directory_expertise_training_education,
	public_health: m.directory_expertise_public_health
};
