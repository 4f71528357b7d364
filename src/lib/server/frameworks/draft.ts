// The draft of a consensus framework: read as one tree (sections → components → the statements
// each rests on), and changed only under the framework's lock by one of its editors.
import { asc, eq, inArray, sql } from 'drizzle-orm';
import type { Localized } from '../../i18n/localized.js';
import type { Actor } from '../auth/actor.js';
import { db, type DbOrTx, type Tx } from '../db/client.js';
import {
	framework,
	frameworkComponent,
	frameworkComponentStatement,
	frameworkSection
} from '../db/schema/frameworks.js';
import { programmeCountry } from '../db/schema/programmes.js';
import { DomainError } from '../errors.js';
import { assertRecordId } from '../validate.js';
import { authorize } from '../auth/authorize.js';
import type { FrameworkPlace } from './policies.js';

/** What every policy check needs of a framework (with the programme's countries: whoever reads the programme reads its published frameworks). */
export type FrameworkHead = FrameworkPlace & { id: string; studyId: string | null };

/** The framework's programme and study; `not_found` when there is no such framework. */
export async function getFrameworkHead(
	tx: DbOrTx,
	frameworkId: string,
	lock = false
): Promise<FrameworkHead> {
	assertRecordId(frameworkId, 'framework');
	const query = tx
		.select({ id: framework.id, programmeId: framework.programmeId, studyId: framework.studyId })
		.from(framework)
		.where(eq(framework.id, frameworkId));
	const [row] = lock ? await query.for('update') : await query;
	if (!row) throw new DomainError('not_found', 'no such framework');
	const countries = await tx
		.select({ code: programmeCountry.countryCode })
		.from(programmeCountry)
		.where(eq(programmeCountry.programmeId, row.programmeId));
	return { kind: 'framework', ...row, countryCodes: countries.map((country) => country.code) };
}

/** Locks a framework the actor edits for the length of the transaction, so its edits take turns. */
export async function lockFrameworkForEdit(
	tx: Tx,
	actor: Actor,
	frameworkId: string
): Promise<FrameworkHead> {
	const head = await getFrameworkHead(tx, frameworkId, true);
	authorize(actor, 'edit', head);
	return head;
}

/** Runs `change` on the draft of a framework the actor edits, in one transaction under its lock. */
export function changeDraft<T>(
	actor: Actor,
	frameworkId: string,
	change: (tx: Tx, head: FrameworkHead) => Promise<T>
): Promise<T> {
	return db().transaction(async (tx) => {
		const head = await lockFrameworkForEdit(tx, actor, frameworkId);
		const result = await change(tx, head);
		await tx
			.update(framework)
			.set({ updatedAt: sql`clock_timestamp()` })
			.where(eq(framework.id, head.id));
		return result;
	});
}

export type DraftComponent = {
	id: string;
	title: Localized;
	description: Localized | null;
	/** The statements it rests on (a published version orders them as the study does). */
	statementIds: string[];
};

export type DraftSection = { id: string; title: Localized; components: DraftComponent[] };

export type FrameworkDraft = {
	title: Localized;
	summary: Localized | null;
	studyId: string | null;
	sections: DraftSection[];
};

/** The draft as one tree, sections and components in their order. One query per level. */
export async function readDraft(tx: DbOrTx, frameworkId: string): Promise<FrameworkDraft> {
	const [details] = await tx
		.select({ title: framework.title, summary: framework.summary, studyId: framework.studyId })
		.from(framework)
		.where(eq(framework.id, frameworkId));
	if (!details) throw new DomainError('not_found', 'no such framework');
	const sections = await tx
		.select({ id: frameworkSection.id, title: frameworkSection.title })
		.from(frameworkSection)
		.where(eq(frameworkSection.frameworkId, frameworkId))
		.orderBy(asc(frameworkSection.position));
	const sectionIds = sections.map((section) => section.id);
	const components =
		sectionIds.length === 0
			? []
			: await tx
					.select({
						id: frameworkComponent.id,
						sectionId: frameworkComponent.sectionId,
						title: frameworkComponent.title,
						description: frameworkComponent.description
					})
					.from(frameworkComponent)
					.where(inArray(frameworkComponent.sectionId, sectionIds))
					.orderBy(asc(frameworkComponent.position));
	const componentIds = components.map((component) => component.id);
	const links =
		componentIds.length === 0
			? []
			: await tx
					.select()
					.from(frameworkComponentStatement)
					.where(inArray(frameworkComponentStatement.componentId, componentIds));
	return {
		...details,
		sections: sections.map((section) => ({
			...section,
			components: components
				.filter((component) => component.sectionId === section.id)
				.map((component) => ({
					id: component.id,
					title: component.title,
					description: component.description,
					statementIds: links
						.filter((link) => link.componentId === component.id)
						.map((link) => link.statementId)
				}))
		}))
	};
}

/** Numbers the rows 1, 2, 3… in the order of `ids`, in one statement. */
export async function writePositions(
	tx: Tx,
	table: typeof frameworkSection | typeof frameworkComponent,
	ids: readonly string[]
): Promise<void> {
	if (ids.length === 0) return;
	const places = sql.join(
		ids.map((id, index) => sql`(${id}::uuid, ${index + 1}::int)`),
		sql`, `
	);
	await tx.execute(
		sql`update ${table} set position = place.position from (values ${places}) as place(id, position) where ${table.id} = place.id`
	);
}
