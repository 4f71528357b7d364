// People of the network (contacts, experts, trainers): list, read, create, change, archive, restore.
import { and, arrayContains, asc, count, eq, exists, getTableColumns, isNull, sql } from 'drizzle-orm';
import { PersonCreateSchema, PersonListQuerySchema, PersonUpdateSchema } from '../../directory/schemas.js';
import type { ContentLocale, Localized } from '../../i18n/localized.js';
import type { Actor } from '../auth/actor.js';
import { db, type DbOrTx, type Tx } from '../db/client.js';
import { country, organisation, person } from '../db/schema/directory.js';
import { DomainError } from '../errors.js';
import { parseInput, type FieldsOf } from '../validate.js';
import { countryColumns, type CountryRow } from './countries.js';
import { byLocalizedName, nameSearch, offsetOf, type Page } from './listing.js';
import { authorize, can } from '../auth/authorize.js';
import { peopleInReach, personPlaceFields } from './policies.js';
import { assertCountriesExist, parseRecordId } from './records.js';

export type PersonRow = typeof person.$inferSelect & {
	organisationName: Localized | null;
	organisationAcronym: string | null;
	/** The countries the person works in, with their names, by code. */
	countries: { code: string; name: Localized }[];
};

const columns = {
	...getTableColumns(person),
	organisationName: organisation.name,
	organisationAcronym: organisation.acronym,
	countries: sql<PersonRow['countries']>`coalesce((
		select json_agg(json_build_object('code', ${country.code}, 'name', ${country.name}) order by ${country.code})
		from ${country} where ${country.code} = any(${person.countryCodes})
	), '[]'::json)`
};

const selectPeople = (tx: DbOrTx) =>
	tx.select(columns).from(person).leftJoin(organisation, eq(organisation.id, person.organisationId));

/** A person's name as the trigram index holds it. */
const searchableName = sql`lower(${person.fullName})`;

export async function listPeople(
	actor: Actor,
	input?: FieldsOf<typeof PersonListQuerySchema>
): Promise<Page<PersonRow>> {
	authorize(actor, 'list', 'person');
	const query = parseInput(PersonListQuerySchema, input ?? {});
	const filters = and(
		peopleInReach(actor),
		query.includeArchived ? undefined : isNull(person.archivedAt),
		query.country ? arrayContains(person.countryCodes, [query.country]) : undefined,
		query.region
			? sql`exists (select 1 from ${country} where ${country.code} = any(${person.countryCodes}) and ${country.region} = ${query.region})`
			: undefined,
		query.profession ? eq(person.profession, query.profession) : undefined,
		query.expertise ? arrayContains(person.expertise, [query.expertise]) : undefined,
		query.language ? arrayContains(person.languages, [query.language]) : undefined,
		query.organisation ? eq(person.organisationId, query.organisation) : undefined
	);
	const search = query.q
		? await nameSearch(searchableName, query.q, (score) =>
				db().select({ best: score }).from(person).where(filters)
			)
		: undefined;
	const where = and(filters, search?.where);
	const [rows, [{ total }]] = await Promise.all([
		selectPeople(db())
			.where(where)
			.orderBy(...(search?.orderBy ?? []), sql`${person.fullName} collate "und-x-icu"`, asc(person.id))
			.limit(query.pageSize)
			.offset(offsetOf(query)),
		db().select({ total: count() }).from(person).where(where)
	]);
	return { rows, total, page: query.page, pageSize: query.pageSize };
}

/** The countries where current people the actor can read work: the choices of the list's country filter. */
export async function listPeopleCountries(actor: Actor, reader: ContentLocale): Promise<CountryRow[]> {
	authorize(actor, 'list', 'person');
	const working = db()
		.select({ one: sql`1` })
		.from(person)
		.where(
			and(sql`${country.code} = any(${person.countryCodes})`, peopleInReach(actor), isNull(person.archivedAt))
		);
	return db()
		.select(countryColumns)
		.from(country)
		.where(exists(working))
		.orderBy(byLocalizedName(country.name, reader), asc(country.code));
}

async function findPerson(tx: DbOrTx, id: string): Promise<PersonRow> {
	const [row] = await selectPeople(tx).where(eq(person.id, parseRecordId(id)));
	if (!row) throw new DomainError('not_found', 'no such person');
	return row;
}

export async function getPerson(actor: Actor, id: string): Promise<PersonRow> {
	authorize(actor, 'list', 'person');
	const row = await findPerson(db(), id);
	authorize(actor, 'read', { kind: 'person', ...row });
	return row;
}

/**
 * A person may be attached to a current organisation the actor can read; anything else is
 * refused as unknown, so that the answer reveals nothing about organisations out of reach.
 */
async function assertOrganisationChoosable(tx: DbOrTx, actor: Actor, organisationId: string): Promise<void> {
	const [found] = await tx
		.select({ countryCode: organisation.countryCode, archivedAt: organisation.archivedAt })
		.from(organisation)
		.where(eq(organisation.id, organisationId));
	if (!found || found.archivedAt || !can(actor, 'read', { kind: 'organisation', ...found }))
		throw new DomainError('invalid', 'unknown organisation', {
			fields: { organisationId: ['unknown_organisation'] }
		});
}

/** When consent to be contacted was given: kept while it holds, set when it is given, cleared when withdrawn. */
function consentTime(consented: boolean | undefined, since: Date | null): Date | null | undefined {
	if (consented === undefined) return undefined;
	return consented ? (since ?? new Date()) : null;
}

export async function createPerson(
	actor: Actor,
	input: FieldsOf<typeof PersonCreateSchema>
): Promise<PersonRow> {
	authorize(actor, 'create', 'person');
	const values = parseInput(PersonCreateSchema, input);
	return db().transaction(async (tx) => {
		const countryCodes = values.countryCodes ?? [];
		await assertCountriesExist(tx, countryCodes, 'countryCodes');
		authorize(actor, 'edit', { kind: 'person', countryCodes }, personPlaceFields);
		if (values.organisationId) await assertOrganisationChoosable(tx, actor, values.organisationId);
		const [{ id }] = await tx
			.insert(person)
			.values({ ...values, contactConsentedAt: consentTime(values.isContactConsented, null) })
			.returning({ id: person.id });
		return findPerson(tx, id);
	});
}

/**
 * Runs `change` on a person the actor may edit, locked for the length of the transaction, and
 * returns the person as they then are.
 */
async function changePerson(
	actor: Actor,
	id: string,
	change: (tx: Tx, current: PersonRow) => Promise<void>
): Promise<PersonRow> {
	authorize(actor, 'list', 'person');
	return db().transaction(async (tx) => {
		const [current] = await selectPeople(tx)
			.where(eq(person.id, parseRecordId(id)))
			.for('update', { of: person });
		if (!current) throw new DomainError('not_found', 'no such person');
		authorize(actor, 'edit', { kind: 'person', ...current });
		await change(tx, current);
		return findPerson(tx, id);
	});
}

export async function updatePerson(
	actor: Actor,
	id: string,
	input: FieldsOf<typeof PersonUpdateSchema>
): Promise<PersonRow> {
	return changePerson(actor, id, async (tx, current) => {
		const changes = parseInput(PersonUpdateSchema, input);
		if (changes.countryCodes) {
			await assertCountriesExist(tx, changes.countryCodes, 'countryCodes');
			authorize(actor, 'edit', { kind: 'person', countryCodes: changes.countryCodes }, personPlaceFields);
		}
		if (changes.organisationId && changes.organisationId !== current.organisationId)
			await assertOrganisationChoosable(tx, actor, changes.organisationId);
		await tx
			.update(person)
			.set({
				...changes,
				contactConsentedAt: consentTime(changes.isContactConsented, current.contactConsentedAt),
				updatedAt: new Date()
			})
			.where(eq(person.id, current.id));
	});
}

function setArchived(actor: Actor, id: string, archived: boolean): Promise<PersonRow> {
	return changePerson(actor, id, async (tx, current) => {
		await tx
			.update(person)
			.set({
				archivedAt: archived ? sql`coalesce(${person.archivedAt}, now())` : null,
				updatedAt: new Date()
			})
			.where(eq(person.id, current.id));
	});
}

/** Archived people leave lists and searches (unless asked for) but keep their history. */
export const archivePerson = (actor: Actor, id: string) => setArchived(actor, id, true);

export const restorePerson = (actor: Actor, id: string) => setArchived(actor, id, false);
