// Published versions: the draft frozen with the traces of its statements as numbered content that
// never changes afterwards (a later vote or a corrected result does not rewrite what was agreed).
import { isDeepStrictEqual } from 'node:util';
import { and, desc, eq, sql } from 'drizzle-orm';
import type { ScaleKind } from '../../delphi/rule.js';
import type { FrameworkContent, StatementTrace } from '../../frameworks/content.js';
import type { Localized } from '../../i18n/localized.js';
import type { Actor } from '../auth/actor.js';
import { db, type DbOrTx } from '../db/client.js';
import { user } from '../db/schema/auth.js';
import { delphiStudy } from '../db/schema/delphi.js';
import { frameworkVersion } from '../db/schema/frameworks.js';
import { listAcceptedStatements } from '../delphi/accepted-statements.js';
import { DomainError } from '../errors.js';
import { getFrameworkHead, lockFrameworkForEdit, readDraft, type FrameworkDraft } from './draft.js';
import { authorize } from '../auth/authorize.js';
import { assertAccepted, studyScale } from './statements.js';

/**
 * The draft as a version's content: each component's statements with their traces, in the study's
 * order. Every statement must be among `accepted` (a statement the meeting later voted out is
 * refused, beside the publish button).
 */
export function frameworkContent(
	draft: FrameworkDraft,
	study: { id: string; title: Localized } | null,
	accepted: readonly StatementTrace[]
): FrameworkContent {
	try {
		assertAccepted(
			draft.sections.flatMap((section) => section.components.flatMap((component) => component.statementIds)),
			accepted
		);
	} catch (error) {
		throw new DomainError('conflict', (error as Error).message, {
			fields: { _: ['statement_no_longer_accepted'] }
		});
	}
	return {
		title: draft.title,
		summary: draft.summary,
		study,
		sections: draft.sections.map((section) => ({
			title: section.title,
			components: section.components.map((component) => ({
				id: component.id,
				title: component.title,
				description: component.description,
				statements: accepted.filter((trace) => component.statementIds.includes(trace.statementId))
			}))
		}))
	};
}

async function latestVersion(tx: DbOrTx, frameworkId: string) {
	const [latest] = await tx
		.select({ number: frameworkVersion.number, content: frameworkVersion.content })
		.from(frameworkVersion)
		.where(eq(frameworkVersion.frameworkId, frameworkId))
		.orderBy(desc(frameworkVersion.number))
		.limit(1);
	return latest as { number: number; content: unknown } | undefined;
}

/** The draft as the next version would freeze it, with the traces as they stand now. */
async function draftContent(tx: DbOrTx, frameworkId: string): Promise<FrameworkContent> {
	const draft = await readDraft(tx, frameworkId);
	if (!draft.studyId) return frameworkContent(draft, null, []);
	const [study] = await tx
		.select({ id: delphiStudy.id, title: delphiStudy.title })
		.from(delphiStudy)
		.where(eq(delphiStudy.id, draft.studyId));
	return frameworkContent(draft, study ?? null, await listAcceptedStatements(draft.studyId, tx));
}

/**
 * Publishes the draft as the framework's next version. A draft with no component, or the same as
 * the latest version, is refused: there would be nothing to cite, or nothing new.
 */
export function publishFramework(actor: Actor, frameworkId: string): Promise<{ number: number }> {
	return db().transaction(async (tx) => {
		const head = await lockFrameworkForEdit(tx, actor, frameworkId);
		const content = await draftContent(tx, head.id);
		if (!content.sections.some((section) => section.components.length > 0))
			throw new DomainError('invalid', 'nothing to publish', {
				fields: { _: ['framework_has_no_components'] }
			});
		const latest = await latestVersion(tx, head.id);
		if (latest && isDeepStrictEqual(latest.content, content))
			throw new DomainError('conflict', 'no change since the latest version', {
				fields: { _: ['no_change_since_latest_version'] }
			});
		const [row] = await tx
			.insert(frameworkVersion)
			.values({
				frameworkId: head.id,
				number: (latest?.number ?? 0) + 1,
				content,
				publishedBy: actor.kind === 'user' ? actor.userId : null,
				publishedAt: sql`clock_timestamp()`
			})
			.returning({ number: frameworkVersion.number });
		return row;
	});
}

/** Whether the draft differs from the latest version (null: none yet), for its editors' page. */
export async function getDraftStatus(
	actor: Actor,
	frameworkId: string
): Promise<{ latest: { number: number; isSameAsDraft: boolean } | null; problem: string | null }> {
	const head = await getFrameworkHead(db(), frameworkId);
	authorize(actor, 'edit', head);
	const latest = await latestVersion(db(), head.id);
	try {
		const content = await draftContent(db(), head.id);
		return {
			latest: latest
				? { number: latest.number, isSameAsDraft: isDeepStrictEqual(latest.content, content) }
				: null,
			problem: null
		};
	} catch (error) {
		if (!(error instanceof DomainError)) throw error;
		return {
			latest: latest ? { number: latest.number, isSameAsDraft: false } : null,
			problem: error.fields?._?.[0] ?? error.code
		};
	}
}

export type PublishedFramework = {
	frameworkId: string;
	programmeId: string;
	number: number;
	publishedAt: Date;
	publishedBy: string | null;
	content: FrameworkContent;
	/** The study's rating scale, to name the top band in traces; null when unknown. */
	scale: ScaleKind | null;
};

/** One version of a framework, by its number, for its editors and whoever reads its programme. */
export async function getFrameworkVersion(
	actor: Actor,
	frameworkId: string,
	number: number
): Promise<PublishedFramework> {
	const head = await getFrameworkHead(db(), frameworkId);
	authorize(actor, 'read', head);
	const [row] = await db()
		.select({
			number: frameworkVersion.number,
			publishedAt: frameworkVersion.publishedAt,
			publishedBy: user.name,
			content: frameworkVersion.content
		})
		.from(frameworkVersion)
		.leftJoin(user, eq(user.id, frameworkVersion.publishedBy))
		.where(
			and(
				eq(frameworkVersion.frameworkId, head.id),
				eq(frameworkVersion.number, Number.isSafeInteger(number) ? number : 0)
			)
		);
	if (!row) throw new DomainError('not_found', 'no such version');
	return {
		frameworkId: head.id,
		programmeId: head.programmeId,
		...row,
		scale: await studyScale(row.content.study?.id)
	};
}
