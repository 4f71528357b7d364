// Consensus frameworks: list, read, create and change their details. Sections, components and
// statements are in structure.ts and statements.ts; versions in publish-framework.ts.
import { and, asc, desc, eq, inArray, isNull, sql } from 'drizzle-orm';
import type { FrameworkContent } from '../../frameworks/content.js';
import { FrameworkCreateSchema, FrameworkUpdateSchema } from '../../frameworks/schemas.js';
import type { ContentLocale, Localized } from '../../i18n/localized.js';
import type { Actor } from '../auth/actor.js';
import { db, type DbOrTx } from '../db/client.js';
import { user } from '../db/schema/auth.js';
import { delphiStudy } from '../db/schema/delphi.js';
import {
	framework,
	frameworkComponentStatement,
	frameworkComponent,
	frameworkSection,
	frameworkVersion
} from '../db/schema/frameworks.js';
import { programme } from '../db/schema/programmes.js';
import { byLocalizedName } from '../directory/listing.js';
import { DomainError } from '../errors.js';
import { parseInput, type FieldsOf } from '../validate.js';
import { changeDraft, getFrameworkHead, readDraft, type FrameworkDraft } from './draft.js';
import { authorize, can } from '../auth/authorize.js';
import { frameworkEditReach, frameworksEditableBy, frameworksInReach, placeFields } from './policies.js';

export type ProgrammeSummary = { id: string; name: Localized; acronym: string | null };
export type StudySummary = { id: string; title: Localized };

export type FrameworkListRow = {
	id: string;
	/** As the reader may see it: the draft's for its editors, the latest version's for the others. */
	title: Localized;
	programme: ProgrammeSummary;
	latestVersion: { number: number; publishedAt: Date } | null;
	canEdit: boolean;
};

/** The latest version's number, publication time and title as published. */
const latestVersion = sql<{ number: number; published_at: string; title: Localized } | null>`(
	select jsonb_build_object('number', ${frameworkVersion.number}, 'published_at', ${frameworkVersion.publishedAt},
	'title', ${frameworkVersion.content}->'title')
	from ${frameworkVersion} where ${frameworkVersion.frameworkId} = ${framework.id}
	order by ${frameworkVersion.number} desc limit 1)`;

/** The frameworks an actor builds, and the published ones of programmes they read. */
export async function listFrameworks(
	actor: Actor,
	options: { locale: ContentLocale }
): Promise<FrameworkListRow[]> {
	authorize(actor, 'list', 'framework');
	const editable = frameworksEditableBy(actor);
	const rows = await db()
		.select({
			id: framework.id,
			title: framework.title,
			programmeId: programme.id,
			programmeName: programme.name,
			programmeAcronym: programme.acronym,
			latest: latestVersion,
			canEdit: sql<boolean>`coalesce(${editable ?? sql`true`}, false)`
		})
		.from(framework)
		.innerJoin(programme, eq(programme.id, framework.programmeId))
		.where(and(frameworksInReach(actor), isNull(framework.archivedAt)))
		.orderBy(byLocalizedName(framework.title, options.locale), asc(framework.id));
	return rows.map(({ latest, programmeId, programmeName, programmeAcronym, ...row }) => ({
		id: row.id,
		canEdit: row.canEdit,
		title: row.canEdit || !latest ? row.title : latest.title,
		programme: { id: programmeId, name: programmeName, acronym: programmeAcronym },
		latestVersion: latest ? { number: latest.number, publishedAt: new Date(latest.published_at) } : null
	}));
}

/** Where the actor may create a framework: the current programmes they edit, and those programmes' studies. */
export async function listFrameworkPlaces(
	actor: Actor,
	reader: ContentLocale
): Promise<{ programmes: ProgrammeSummary[]; studies: Array<StudySummary & { programmeId: string }> }> {
	authorize(actor, 'create', 'framework');
	const reach = frameworkEditReach(actor);
	const inReach = (column: typeof programme.id | typeof delphiStudy.programmeId) =>
		reach.kind === 'programmes' ? inArray(column, reach.programmeIds) : undefined;
	const [programmes, studies] = await Promise.all([
		db()
			.select({ id: programme.id, name: programme.name, acronym: programme.acronym })
			.from(programme)
			.where(and(isNull(programme.archivedAt), inReach(programme.id)))
			.orderBy(byLocalizedName(programme.name, reader), asc(programme.id)),
		db()
			.select({ id: delphiStudy.id, title: delphiStudy.title, programmeId: delphiStudy.programmeId })
			.from(delphiStudy)
			.where(and(isNull(delphiStudy.archivedAt), inReach(delphiStudy.programmeId)))
			.orderBy(byLocalizedName(delphiStudy.title, reader), asc(delphiStudy.id))
	]);
	return { programmes, studies };
}

/** Refuses, beside its field, a programme that does not exist. */
async function assertProgrammeExists(tx: DbOrTx, programmeId: string): Promise<void> {
	const [row] = await tx.select({ id: programme.id }).from(programme).where(eq(programme.id, programmeId));
	if (!row)
		throw new DomainError('invalid', 'unknown programme', { fields: { programmeId: ['unknown_programme'] } });
}

/** Refuses, beside its field, a study that is not one of the programme's: its statements would be foreign. */
async function assertStudyOfProgramme(tx: DbOrTx, studyId: string, programmeId: string): Promise<void> {
	const [row] = await tx
		.select({ programmeId: delphiStudy.programmeId })
		.from(delphiStudy)
		.where(eq(delphiStudy.id, studyId));
	if (!row) throw new DomainError('invalid', 'unknown study', { fields: { studyId: ['unknown_study'] } });
	if (row.programmeId !== programmeId)
		throw new DomainError('invalid', 'the study is of another programme', {
			fields: { studyId: ['study_not_in_programme'] }
		});
}

export async function createFramework(
	actor: Actor,
	input: FieldsOf<typeof FrameworkCreateSchema>
): Promise<{ id: string }> {
	authorize(actor, 'create', 'framework');
	const values = parseInput(FrameworkCreateSchema, input);
	return db().transaction(async (tx) => {
		await assertProgrammeExists(tx, values.programmeId);
		authorize(actor, 'edit', { kind: 'framework', programmeId: values.programmeId }, placeFields);
		if (values.studyId) await assertStudyOfProgramme(tx, values.studyId, values.programmeId);
		const [row] = await tx
			.insert(framework)
			.values({
				...values,
				studyId: values.studyId ?? null,
				createdBy: actor.kind === 'user' ? actor.userId : null
			})
			.returning({ id: framework.id });
		return row;
	});
}

/**
 * Changes the draft's title, summary or study. Another study is refused while components rest on
 * statements of the current one: they would rest on statements the new study never rated.
 */
export function updateFramework(
	actor: Actor,
	id: string,
	input: FieldsOf<typeof FrameworkUpdateSchema>
): Promise<void> {
	return changeDraft(actor, id, async (tx, head) => {
		const changes = parseInput(FrameworkUpdateSchema, input);
		if (changes.studyId !== undefined && changes.studyId !== head.studyId) {
			if (changes.studyId !== null) await assertStudyOfProgramme(tx, changes.studyId, head.programmeId);
			const [attached] = await tx
				.select({ one: sql`1` })
				.from(frameworkComponentStatement)
				.innerJoin(frameworkComponent, eq(frameworkComponent.id, frameworkComponentStatement.componentId))
				.innerJoin(frameworkSection, eq(frameworkSection.id, frameworkComponent.sectionId))
				.where(eq(frameworkSection.frameworkId, head.id))
				.limit(1);
			if (attached)
				throw new DomainError('conflict', 'components rest on statements of the current study', {
					fields: { studyId: ['framework_has_statements'] }
				});
		}
		if (Object.keys(changes).length > 0)
			await tx.update(framework).set(changes).where(eq(framework.id, head.id));
	});
}

export type FrameworkVersionRow = { number: number; publishedAt: Date; publishedBy: string | null };

export type FrameworkDetails = {
	id: string;
	programme: ProgrammeSummary;
	study: StudySummary | null;
	/** Title and summary as the reader may see them: the draft's for its editors, else the latest version's. */
	title: Localized;
	summary: Localized | null;
	canEdit: boolean;
	/** Newest first. */
	versions: FrameworkVersionRow[];
	/** The draft, for its editors only. */
	draft: FrameworkDraft | null;
};

export async function listVersionRows(tx: DbOrTx, frameworkId: string): Promise<FrameworkVersionRow[]> {
	return tx
		.select({
			number: frameworkVersion.number,
			publishedAt: frameworkVersion.publishedAt,
			publishedBy: user.name
		})
		.from(frameworkVersion)
		.leftJoin(user, eq(user.id, frameworkVersion.publishedBy))
		.where(eq(frameworkVersion.frameworkId, frameworkId))
		.orderBy(desc(frameworkVersion.number));
}

/** A framework for its page: the draft for its editors; for its readers, what the latest version says. */
export async function getFramework(actor: Actor, id: string): Promise<FrameworkDetails> {
	authorize(actor, 'list', 'framework');
	const head = await getFrameworkHead(db(), id);
	const canEdit = can(actor, 'edit', head);
	const versions = await listVersionRows(db(), head.id);
	if (!canEdit) {
		if (versions.length === 0) throw new DomainError('not_found', 'no such framework');
		authorize(actor, 'read', head);
	}
	const [[row], draft] = await Promise.all([
		db()
			.select({
				programmeName: programme.name,
				programmeAcronym: programme.acronym,
				studyTitle: delphiStudy.title,
				latest: sql<FrameworkContent | null>`(select ${frameworkVersion.content} from ${frameworkVersion}
					where ${frameworkVersion.frameworkId} = ${framework.id} order by ${frameworkVersion.number} desc limit 1)`
			})
			.from(framework)
			.innerJoin(programme, eq(programme.id, framework.programmeId))
			.leftJoin(delphiStudy, eq(delphiStudy.id, framework.studyId))
			.where(eq(framework.id, head.id)),
		canEdit ? readDraft(db(), head.id) : Promise.resolve(null)
	]);
	const shown = draft ?? row.latest!;
	return {
		id: head.id,
		programme: { id: head.programmeId, name: row.programmeName, acronym: row.programmeAcronym },
		study: draft
			? head.studyId && row.studyTitle
				? { id: head.studyId, title: row.studyTitle }
				: null
			: (row.latest?.study ?? null),
		title: shown.title,
		summary: shown.summary,
		canEdit,
		versions,
		draft
	};
}
