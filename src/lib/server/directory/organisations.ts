// Organisations of the network: list, read, create, change, archive and restore.
import { and, asc, count, eq, exists, getTableColumns, isNull, sql } from 'drizzle-orm';
import {
	OrganisationCreateSchema,
	OrganisationListQuerySchema,
	OrganisationUpdateSchema
} from '../../directory/schemas.js';
import type { ContentLocale, Localized } from '../../i18n/localized.js';
import type { Actor } from '../auth/actor.js';
import { db, type DbOrTx, type Tx } from '../db/client.js';
import { country, organisation } from '../db/schema/directory.js';
import { DomainError } from '../errors.js';
import { parseInput, type FieldsOf } from '../validate.js';
import { countryColumns, type CountryRow } from './countries.js';
import { byLocalizedName, nameSearch, offsetOf, type Page } from './listing.js';
import { authorize } from '../auth/authorize.js';
import { organisationPlaceFields, organisationsInReach } from './policies.js';
import { assertCountriesExist, parseRecordId } from './records.js';

// The generated search column is an index's business, not the reader's.
const { searchText: _searchText, ...organisationColumns } = getTableColumns(organisation);
const columns = { ...organisationColumns, countryName: country.name };

export type OrganisationRow = Omit<typeof organisation.$inferSelect, 'searchText'> & {
	/** The name of the country it is based in; null for an international organisation. */
	countryName: Localized | null;
};

/** Joins an organisation to the country it is based in. */
const basedIn = eq(country.code, organisation.countryCode);

const selectOrganisations = (tx: DbOrTx) => tx.select(columns).from(organisation).leftJoin(country, basedIn);

export async function listOrganisations(
	actor: Actor,
	input?: FieldsOf<typeof OrganisationListQuerySchema>
): Promise<Page<OrganisationRow>> {
	authorize(actor, 'list', 'organisation');
	const query = parseInput(OrganisationListQuerySchema, input ?? {});
	const filters = and(
		organisationsInReach(actor),
		query.includeArchived ? undefined : isNull(organisation.archivedAt),
		query.type ? eq(organisation.type, query.type) : undefined,
		query.country ? eq(organisation.countryCode, query.country) : undefined,
		query.region ? eq(country.region, query.region) : undefined
	);
	const search = query.q
		? await nameSearch(organisation.searchText, query.q, (score) =>
				db().select({ best: score }).from(organisation).leftJoin(country, basedIn).where(filters)
			)
		: undefined;
	const where = and(filters, search?.where);
	const [rows, [{ total }]] = await Promise.all([
		selectOrganisations(db())
			.where(where)
			.orderBy(
				...(search?.orderBy ?? []),
				byLocalizedName(organisation.name, query.locale),
				asc(organisation.id)
			)
			.limit(query.pageSize)
			.offset(offsetOf(query)),
		db().select({ total: count() }).from(organisation).leftJoin(country, basedIn).where(where)
	]);
	return { rows, total, page: query.page, pageSize: query.pageSize };
}

async function findOrganisation(tx: DbOrTx, id: string): Promise<OrganisationRow> {
	const [row] = await selectOrganisations(tx).where(eq(organisation.id, parseRecordId(id)));
	if (!row) throw new DomainError('not_found', 'no such organisation');
	return row;
}

export async function getOrganisation(actor: Actor, id: string): Promise<OrganisationRow> {
	authorize(actor, 'list', 'organisation');
	const row = await findOrganisation(db(), id);
	authorize(actor, 'read', { kind: 'organisation', ...row });
	return row;
}

/** The countries that have current organisations the actor can read: the choices of the list's country filter. */
export async function listOrganisationCountries(actor: Actor, reader: ContentLocale): Promise<CountryRow[]> {
	authorize(actor, 'list', 'organisation');
	const based = db()
		.select({ one: sql`1` })
		.from(organisation)
		.where(
			and(
				eq(organisation.countryCode, country.code),
				organisationsInReach(actor),
				isNull(organisation.archivedAt)
			)
		);
	return db()
		.select(countryColumns)
		.from(country)
		.where(exists(based))
		.orderBy(byLocalizedName(country.name, reader), asc(country.code));
}

/** The organisations a person may be attached to by this actor: current ones they can read, by name. */
export async function listOrganisationChoices(
	actor: Actor,
	reader: ContentLocale
): Promise<Pick<OrganisationRow, 'id' | 'name' | 'acronym' | 'countryCode'>[]> {
	authorize(actor, 'list', 'organisation');
	return db()
		.select({
			id: organisation.id,
			name: organisation.name,
			acronym: organisation.acronym,
			countryCode: organisation.countryCode
		})
		.from(organisation)
		.where(and(organisationsInReach(actor), isNull(organisation.archivedAt)))
		.orderBy(byLocalizedName(organisation.name, reader), asc(organisation.id));
}

export async function createOrganisation(
	actor: Actor,
	input: FieldsOf<typeof OrganisationCreateSchema>
): Promise<OrganisationRow> {
	authorize(actor, 'create', 'organisation');
	const values = parseInput(OrganisationCreateSchema, input);
	return db().transaction(async (tx) => {
		const countryCode = values.countryCode ?? null;
		await assertCountriesExist(tx, countryCode ? [countryCode] : [], 'countryCode');
		authorize(actor, 'edit', { kind: 'organisation', countryCode }, organisationPlaceFields);
		const [{ id }] = await tx.insert(organisation).values(values).returning({ id: organisation.id });
		return findOrganisation(tx, id);
	});
}

/**
 * Runs `change` on an organisation the actor may edit, locked for the length of the transaction,
 * and returns the organisation as it then is.
 */
async function changeOrganisation(
	actor: Actor,
	id: string,
	change: (tx: Tx, current: OrganisationRow) => Promise<void>
): Promise<OrganisationRow> {
	authorize(actor, 'list', 'organisation');
	return db().transaction(async (tx) => {
		const [current] = await selectOrganisations(tx)
			.where(eq(organisation.id, parseRecordId(id)))
			.for('update', { of: organisation });
		if (!current) throw new DomainError('not_found', 'no such organisation');
		authorize(actor, 'edit', { kind: 'organisation', ...current });
		await change(tx, current);
		return findOrganisation(tx, id);
	});
}

export async function updateOrganisation(
	actor: Actor,
	id: string,
	input: FieldsOf<typeof OrganisationUpdateSchema>
): Promise<OrganisationRow> {
	return changeOrganisation(actor, id, async (tx, current) => {
		const changes = parseInput(OrganisationUpdateSchema, input);
		if (changes.countryCode !== undefined) {
			await assertCountriesExist(tx, changes.countryCode ? [changes.countryCode] : [], 'countryCode');
			authorize(
				actor,
				'edit',
				{ kind: 'organisation', countryCode: changes.countryCode },
				organisationPlaceFields
			);
		}
		await tx
			.update(organisation)
			.set({ ...changes, updatedAt: new Date() })
			.where(eq(organisation.id, current.id));
	});
}

function setArchived(actor: Actor, id: string, archived: boolean): Promise<OrganisationRow> {
	return changeOrganisation(actor, id, async (tx, current) => {
		await tx
			.update(organisation)
			.set({
				archivedAt: archived ? sql`coalesce(${organisation.archivedAt}, now())` : null,
				updatedAt: new Date()
			})
			.where(eq(organisation.id, current.id));
	});
}

/** Archived organisations leave lists and searches (unless asked for) but keep their people and history. */
export const archiveOrganisation = (actor: Actor, id: string) => setArchived(actor, id, true);

export const restoreOrganisation = (actor: Actor, id: string) => setArchived(actor, id, false);
