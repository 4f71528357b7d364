// People in the API: what a client reads, and the five operations on them.
import { z } from 'zod';
import { PersonCreateSchema, PersonListQuerySchema, PersonUpdateSchema } from '../../directory/schemas.js';
import { expertiseEnum, professionEnum } from '../db/schema/enums.js';
import {
	archivePerson,
	createPerson,
	getPerson,
	listPeople,
	updatePerson,
	type PersonRow
} from '../directory/people.js';
import { collectionOperations } from './collection.js';
import { LocalizedTextSchema, localizedText, nullableTimestamp, timestamp } from './envelopes.js';

export const PersonSchema = z.object({
	id: z.uuid(),
	fullName: z.string(),
	email: z.string().nullable(),
	organisationId: z.uuid().nullable(),
	organisationName: LocalizedTextSchema.nullable(),
	countryCodes: z.array(z.string()).describe('ISO 3166-1 alpha-2 codes of the countries they work in'),
	profession: z.enum(professionEnum.enumValues),
	jobTitle: z.string().nullable(),
	languages: z.array(z.string()),
	expertise: z.array(z.enum(expertiseEnum.enumValues)),
	isContactConsented: z.boolean().describe('Whether they agreed to be contacted through the network'),
	contactConsentedAt: nullableTimestamp,
	archivedAt: nullableTimestamp,
	createdAt: timestamp,
	updatedAt: timestamp
});

export function toPerson(row: PersonRow): z.output<typeof PersonSchema> {
	return {
		id: row.id,
		fullName: row.fullName,
		email: row.email,
		organisationId: row.organisationId,
		organisationName: row.organisationName && localizedText(row.organisationName),
		countryCodes: row.countryCodes,
		profession: row.profession,
		jobTitle: row.jobTitle,
		languages: row.languages,
		expertise: row.expertise,
		isContactConsented: row.isContactConsented,
		contactConsentedAt: row.contactConsentedAt?.toISOString() ?? null,
		archivedAt: row.archivedAt?.toISOString() ?? null,
		createdAt: row.createdAt.toISOString(),
		updatedAt: row.updatedAt.toISOString()
	};
}

export const personOperations = collectionOperations({
	tag: 'people',
	singular: 'Person',
	plural: 'People',
	resource: PersonSchema,
	toResource: toPerson,
	query: PersonListQuerySchema,
	create: {
		schema: PersonCreateSchema,
		example: {
			fullName: 'Maria Georgiou',
			email: 'maria.georgiou@example.org',
			countryCodes: ['GR'],
			profession: 'nurse',
			languages: ['el', 'en'],
			expertise: ['mental_health']
		} satisfies z.input<typeof PersonCreateSchema>
	},
	update: {
		schema: PersonUpdateSchema,
		example: { jobTitle: 'Head nurse' } satisfies z.input<typeof PersonUpdateSchema>
	},
	domain: {
		list: listPeople,
		get: getPerson,
		create: createPerson,
		update: updatePerson,
		archive: archivePerson
	}
});
