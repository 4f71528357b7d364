// Organisations in the API: what a client reads, and the five operations on them.
import { z } from 'zod';
import {
	OrganisationCreateSchema,
	OrganisationListQuerySchema,
	OrganisationUpdateSchema
} from '../../directory/schemas.js';
import { organisationTypeEnum } from '../db/schema/directory.js';
import {
	archiveOrganisation,
	createOrganisation,
	getOrganisation,
	listOrganisations,
	updateOrganisation,
	type OrganisationRow
} from '../directory/organisations.js';
import { collectionOperations } from './collection.js';
import { LocalizedTextSchema, localizedText, nullableTimestamp, timestamp } from './envelopes.js';

export const OrganisationSchema = z.object({
	id: z.uuid(),
	name: LocalizedTextSchema,
	acronym: z.string().nullable(),
	type: z.enum(organisationTypeEnum.enumValues),
	countryCode: z
		.string()
		.nullable()
		.describe('ISO 3166-1 alpha-2 code of its country; null for an international organisation'),
	countryName: LocalizedTextSchema.nullable(),
	website: z.string().nullable(),
	description: LocalizedTextSchema,
	archivedAt: nullableTimestamp,
	createdAt: timestamp,
	updatedAt: timestamp
});

export function toOrganisation(row: OrganisationRow): z.output<typeof OrganisationSchema> {
	return {
		id: row.id,
		name: localizedText(row.name),
		acronym: row.acronym,
		type: row.type,
		countryCode: row.countryCode,
		countryName: row.countryName && localizedText(row.countryName),
		website: row.website,
		description: localizedText(row.description),
		archivedAt: row.archivedAt?.toISOString() ?? null,
		createdAt: row.createdAt.toISOString(),
		updatedAt: row.updatedAt.toISOString()
	};
}

export const organisationOperations = collectionOperations({
	tag: 'organisations',
	singular: 'Organisation',
	plural: 'Organisations',
	resource: OrganisationSchema,
	toResource: toOrganisation,
	query: OrganisationListQuerySchema,
	create: {
		schema: OrganisationCreateSchema,
		example: {
			name: { en: 'National Public Health Organisation', fr: 'Organisation nationale de santé publique' },
			acronym: 'NPHO',
			type: 'public_health_institute',
			countryCode: 'GR'
		} satisfies z.input<typeof OrganisationCreateSchema>
	},
	update: {
		schema: OrganisationUpdateSchema,
		example: { website: 'https://eody.gov.gr' } satisfies z.input<typeof OrganisationUpdateSchema>
	},
	domain: {
		list: listOrganisations,
		get: getOrganisation,
		create: createOrganisation,
		update: updateOrganisation,
		archive: archiveOrganisation
	}
});
