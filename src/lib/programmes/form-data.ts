// Between the programme form (flat fields, repeated rows) and the domain's programme input.
import { localizedFields, nestFields, type FormFields } from '../forms/fields.js';
import type { ContentLocale, Localized } from '../i18n/localized.js';
import { flatRows, rowsOf } from '../ui/form-rows.js';

/** The form's flat values as the nested input the programme schema validates. */
export function programmeInput(values: FormFields): Record<string, unknown> {
	const nested = nestFields(values);
	return {
		name: nested.name ?? {},
		languages: values.languages,
		acronym: values.acronym,
		funderId: values.funderId,
		coordinatorId: values.coordinatorId,
		technicalLeadId: values.technicalLeadId,
		startsOn: values.startsOn,
		endsOn: values.endsOn,
		objectives: nested.objectives ?? {},
		sdgs: values.sdgs ?? [],
		contactName: values.contactName,
		contactEmail: values.contactEmail,
		partners: rowsOf(values, 'partners').map((row) => ({
			organisationId: row.organisationId,
			role: nestFields(row).role ?? {}
		})),
		countries: rowsOf(values, 'countries'),
		peopleTargets: rowsOf(values, 'peopleTargets')
	};
}

export type ProgrammeFormRecord = {
	name: Localized;
	languages: ContentLocale[];
	acronym: string | null;
	funderId: string | null;
	coordinatorId: string | null;
	technicalLeadId: string | null;
	startsOn: string;
	endsOn: string;
	objectives: Localized | null;
	sdgs: number[];
	contactName: string | null;
	contactEmail: string | null;
	partners: { organisationId: string; role: Localized | null }[];
	countries: { countryCode: string; participation: string; trainingsTarget: number }[];
	peopleTargets: { countryCode: string; profession: string; people: number }[];
};

/** A programme as the form's flat fields. */
export function programmeFields(record: ProgrammeFormRecord): FormFields {
	return {
		...localizedFields('name', record.name, record.languages),
		...localizedFields('objectives', record.objectives, record.languages),
		languages: [...record.languages],
		acronym: record.acronym ?? '',
		funderId: record.funderId ?? '',
		coordinatorId: record.coordinatorId ?? '',
		technicalLeadId: record.technicalLeadId ?? '',
		startsOn: record.startsOn,
		endsOn: record.endsOn,
		sdgs: record.sdgs.map(String),
		contactName: record.contactName ?? '',
		contactEmail: record.contactEmail ?? '',
		...flatRows(
			'partners',
			record.partners.map((p) => ({
				organisationId: p.organisationId,
				...localizedFields('role', p.role, record.languages)
			}))
		),
		...flatRows('countries', record.countries),
		...flatRows('peopleTargets', record.peopleTargets)
	};
}
