// Between the programme form (flat fields, repeated rows) and the domain's programme input.
import { localizedFields, type FormFields } from '../forms/fields.js';
import type { Localized } from '../i18n/localized.js';
import { flatRows, rowsOf } from '../ui/form-rows.js';

/** The form's flat values as the nested input the programme schema validates. */
export function programmeInput(values: FormFields): Record<string, unknown> {
	const localized = (name: string) => ({
		en: values[`${name}.en`],
		fr: values[`${name}.fr`],
		ar: values[`${name}.ar`]
	});
	return {
		name: localized('name'),
		acronym: values.acronym,
		funderId: values.funderId,
		coordinatorId: values.coordinatorId,
		technicalLeadId: values.technicalLeadId,
		startsOn: values.startsOn,
		endsOn: values.endsOn,
		objectives: localized('objectives'),
		sdgs: values.sdgs ?? [],
		contactName: values.contactName,
		contactEmail: values.contactEmail,
		partners: rowsOf(values, 'partners').map((row) => ({
			organisationId: row.organisationId,
			role: { en: row['role.en'], fr: row['role.fr'], ar: row['role.ar'] }
		})),
		countries: rowsOf(values, 'countries'),
		peopleTargets: rowsOf(values, 'peopleTargets')
	};
}

export type ProgrammeFormRecord = {
	name: Localized;
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
		...localizedFields('name', record.name),
		...localizedFields('objectives', record.objectives),
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
				'role.en': p.role?.en,
				'role.fr': p.role?.fr,
				'role.ar': p.role?.ar
			}))
		),
		...flatRows('countries', record.countries),
		...flatRows('peopleTargets', record.peopleTargets)
	};
}
