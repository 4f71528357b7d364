// Between the directory's forms and its domain input: the person and organisation forms' fields.
import { localizedFields, type FormFields } from '../forms/fields.js';
import type { Localized } from '../i18n/localized.js';

/** The repeated fields of the person form: checkboxes and multiple selects. */
export const personListFields = ['countryCodes', 'languages', 'expertise'] as const;

/** The person form's input; an unticked checkbox sends nothing, which means "no". */
export function personInput(values: FormFields): Record<string, unknown> {
	return { ...values, isContactConsented: values.isContactConsented === 'yes' };
}

/** An organisation as the organisation form shows it. */
export function organisationFields(record: {
	name: Localized;
	acronym: string | null;
	type: string;
	countryCode: string | null;
	website: string | null;
	description: Localized | null;
}): FormFields {
	return {
		...localizedFields('name', record.name),
		acronym: record.acronym ?? '',
		type: record.type,
		countryCode: record.countryCode ?? '',
		website: record.website ?? '',
		...localizedFields('description', record.description)
	};
}

/** A person as the person form shows them. */
export function personFields(record: {
	fullName: string;
	email: string | null;
	organisationId: string | null;
	countryCodes: string[];
	profession: string;
	jobTitle: string | null;
	languages: string[];
	expertise: string[];
	isContactConsented: boolean;
}): FormFields {
	return {
		fullName: record.fullName,
		email: record.email ?? '',
		organisationId: record.organisationId ?? '',
		countryCodes: record.countryCodes,
		profession: record.profession,
		jobTitle: record.jobTitle ?? '',
		languages: record.languages,
		expertise: record.expertise,
		isContactConsented: record.isContactConsented ? 'yes' : undefined
	};
}
