// Delphi studies: set-up (title, scale, rule, rounds), domains and statements, read and listed in scope.
import { and, asc, desc, eq, isNull, sql } from 'drizzle-orm';
import { StatementSchema, StudySchema, DomainSchema } from '../../delphi/schemas.js';
import { localizedText, type ContentLocale, type Localized } from '../../i18n/localized.js';
import type { Actor } from '../auth/actor.js';
import { db, type DbOrTx } from '../db/client.js';
import {
	delphiDomain,
	delphiPanellist,
	delphiRating,
	delphiRound,
	delphiStatement,
	delphiStudy,
	delphiSuggestion
} from '../db/schema/delphi.js';
import { programme } from '../db/schema/programmes.js';
import { DomainError } from '../errors.js';
import { assertRecordId, parseInput, type FieldsOf } from '../validate.js';
import { authorize, can } from '../auth/authorize.js';
import { studiesInReach } from './policies.js';

export type StudyRow = typeof delphiStudy.$inferSelect & { programmeName: Localized };

export type StudyListRow = {
	id: string;
	title: Localized;
	programmeName: Localized;
	panellists: number;
	statements: number;
	roundsPlanned: number;
	roundsOpened: number;
};

export async function listStudies(actor: Actor): Promise<StudyListRow[]> {
	authorize(actor, 'list', 'study');
	return db()
		.select({
			id: delphiStudy.id,
			title: delphiStudy.title,
			programmeName: programme.name,
			roundsPlanned: delphiStudy.roundsPlanned,
			panellists: sql<number>`(select count(*)::int from ${delphiPanellist} where ${delphiPanellist.studyId} = ${delphiStudy.id})`,
			statements: sql<number>`(select count(*)::int from ${delphiStatement} where ${delphiStatement.studyId} = ${delphiStudy.id})`,
			roundsOpened: sql<number>`(select count(*)::int from ${delphiRound} where ${delphiRound.studyId} = ${delphiStudy.id})`
		})
		.from(delphiStudy)
		.innerJoin(programme, eq(programme.id, delphiStudy.programmeId))
		.where(and(isNull(delphiStudy.archivedAt), studiesInReach(actor)))
		.orderBy(desc(delphiStudy.createdAt));
}

/** The study, for someone who runs it; not_found for an unknown id, forbidden outside their programmes. */
export async function getStudy(actor: Actor, id: string, executor: DbOrTx = db()): Promise<StudyRow> {
	assertRecordId(id, 'Delphi study');
	const [row] = await executor
		.select({ study: delphiStudy, programmeName: programme.name })
		.from(delphiStudy)
		.innerJoin(programme, eq(programme.id, delphiStudy.programmeId))
		.where(eq(delphiStudy.id, id));
	if (!row) throw new DomainError('not_found', 'no such Delphi study');
	authorize(actor, 'run', { kind: 'study', programmeId: row.study.programmeId });
	return { ...row.study, programmeName: row.programmeName };
}

/** The programmes an actor may hold studies in, named in the reader's language. */
export async function studyProgrammeChoices(actor: Actor, reader: ContentLocale) {
	authorize(actor, 'list', 'study');
	const rows = await db().select({ id: programme.id, name: programme.name }).from(programme);
	return rows
		.filter((row) => can(actor, 'run', { kind: 'study', programmeId: row.id }))
		.map((row) => ({ value: row.id, label: localizedText(row.name, reader) }))
		.sort((a, b) => a.label.localeCompare(b.label, reader));
}

export async function createStudy(
	actor: Actor,
	input: FieldsOf<typeof StudySchema>
): Promise<{ id: string }> {
	const values = parseInput(StudySchema, input);
	if (!can(actor, 'run', { kind: 'study', programmeId: values.programmeId }))
		throw new DomainError('forbidden', 'not allowed to hold a study in this programme', {
			fields: { programmeId: ['programme_outside_scope'] }
		});
	const [row] = await db()
		.insert(delphiStudy)
		.values({ ...values, createdBy: actor.kind === 'user' ? actor.userId : null })
		.returning({ id: delphiStudy.id });
	return row;
}

/**
 * Changes the set-up. Once round 1 has opened the scale, the rule, the number of rounds and the
 * smallest group shown to the panel are fixed: a change to any of them is refused, the rest (title,
 * topic) may still be corrected.
 */
export async function updateStudy(
	actor: Actor,
	id: string,
	input: Omit<FieldsOf<typeof StudySchema>, 'programmeId'>
): Promise<void> {
	const study = await getStudy(actor, id);
	const values = parseInput(StudySchema, { ...input, programmeId: study.programmeId });
	if (study.ruleFixedAt) {
		const changed =
			values.scale !== study.scale ||
			values.roundsPlanned !== study.roundsPlanned ||
			values.allowsUnableToRate !== study.allowsUnableToRate ||
			!sameRule(values.rule, study.rule);
		const fields = {
			...(changed && { rule: ['rule_fixed'] }),
			...(values.minGroupSize !== study.minGroupSize && { minGroupSize: ['min_group_size_fixed'] })
		};
		if (Object.keys(fields).length > 0) throw new DomainError('conflict', 'the rule is fixed', { fields });
	}
	await db()
		.update(delphiStudy)
		.set({
			title: values.title,
			topic: values.topic ?? null,
			languages: values.languages,
			scale: values.scale,
			allowsUnableToRate: values.allowsUnableToRate,
			roundsPlanned: values.roundsPlanned,
			rule: values.rule,
			minGroupSize: values.minGroupSize
		})
		.where(eq(delphiStudy.id, id));
}

/** Rules compared field by field (PostgreSQL's JSONB keeps keys in its own order). */
const sameRule = (a: object, b: object): boolean =>
	Object.keys({ ...a, ...b }).every(
		(key) => (a as Record<string, unknown>)[key] === (b as Record<string, unknown>)[key]
	);

export type StatementRow = { id: string; text: Localized; position: number; firstRound: number };
export type DomainRow = { id: string; title: Localized; statements: StatementRow[] };

/** The study's domains with their statements, in order. */
export async function listDomains(actor: Actor, studyId: string): Promise<DomainRow[]> {
	await getStudy(actor, studyId);
	return domainsOf(studyId);
}

export async function domainsOf(studyId: string, executor: DbOrTx = db()): Promise<DomainRow[]> {
	const [domains, statements] = await Promise.all([
		executor
			.select()
			.from(delphiDomain)
			.where(eq(delphiDomain.studyId, studyId))
			.orderBy(asc(delphiDomain.position)),
		executor
			.select()
			.from(delphiStatement)
			.where(eq(delphiStatement.studyId, studyId))
			.orderBy(asc(delphiStatement.position))
	]);
	return domains.map((domain) => ({
		id: domain.id,
		title: domain.title,
		statements: statements
			.filter((statement) => statement.domainId === domain.id)
			.map(({ id, text, position, firstRound }) => ({ id, text, position, firstRound }))
	}));
}

export async function addDomain(
	actor: Actor,
	studyId: string,
	input: FieldsOf<typeof DomainSchema>
): Promise<{ id: string }> {
	await getStudy(actor, studyId);
	const { title } = parseInput(DomainSchema, input);
	const [row] = await db()
		.insert(delphiDomain)
		.values({
			studyId,
			title,
			position: sql`(select coalesce(max(${delphiDomain.position}), 0) + 1 from ${delphiDomain} where ${delphiDomain.studyId} = ${studyId})`
		})
		.returning({ id: delphiDomain.id });
	return row;
}

/**
 * Adds a statement. Before round 1 it is asked from round 1; afterwards (drawn from panellists'
 * comments and suggestions) from the next round to open, and only while a next round is planned.
 */
export async function addStatement(
	actor: Actor,
	studyId: string,
	input: FieldsOf<typeof StatementSchema>
): Promise<{ id: string }> {
	const study = await getStudy(actor, studyId);
	const values = parseInput(StatementSchema, input);
	return db().transaction(async (tx) => {
		const [domain] = await tx
			.select({ id: delphiDomain.id })
			.from(delphiDomain)
			.where(and(eq(delphiDomain.id, values.domainId), eq(delphiDomain.studyId, studyId)));
		if (!domain)
			throw new DomainError('invalid', 'no such domain', { fields: { domainId: ['invalid_choice'] } });
		const [last] = await tx
			.select({ number: delphiRound.number })
			.from(delphiRound)
			.where(eq(delphiRound.studyId, studyId))
			.orderBy(desc(delphiRound.number))
			.limit(1)
			.for('update');
		const firstRound = (last?.number ?? 0) + 1;
		if (firstRound > study.roundsPlanned)
			throw new DomainError('conflict', 'no round left to ask it', { fields: { text: ['no_round_left'] } });
		const [row] = await tx
			.insert(delphiStatement)
			.values({
				studyId,
				domainId: values.domainId,
				text: values.text,
				firstRound,
				position: sql`(select coalesce(max(${delphiStatement.position}), 0) + 1 from ${delphiStatement} where ${delphiStatement.domainId} = ${values.domainId})`
			})
			.returning({ id: delphiStatement.id });
		return row;
	});
}

/** New statements panellists suggested in round 1 (anonymous: no names), for the coordinator to draw on. */
export async function listSuggestions(
	actor: Actor,
	studyId: string
): Promise<Array<{ id: string; text: string }>> {
	await getStudy(actor, studyId);
	return db()
		.select({ id: delphiSuggestion.id, text: delphiSuggestion.text })
		.from(delphiSuggestion)
		.innerJoin(delphiRound, eq(delphiRound.id, delphiSuggestion.roundId))
		.where(eq(delphiRound.studyId, studyId))
		.orderBy(asc(delphiSuggestion.createdAt));
}

/** Panellists' comments on each statement, by round (anonymous), for the results page. */
export async function listComments(actor: Actor, studyId: string) {
	await getStudy(actor, studyId);
	return db()
		.select({
			statementId: delphiRating.statementId,
			round: delphiRound.number,
			comment: delphiRating.comment
		})
		.from(delphiRating)
		.innerJoin(delphiRound, eq(delphiRound.id, delphiRating.roundId))
		.where(and(eq(delphiRound.studyId, studyId), sql`coalesce(${delphiRating.comment}, '') <> ''`))
		.orderBy(asc(delphiRound.number), asc(delphiRating.updatedAt));
}
