// The statements a component rests on: only statements the framework's study accepted (in a round,
// or at the expert meeting), each with its trace.
import { eq } from 'drizzle-orm';
import type { ScaleKind } from '../../delphi/rule.js';
import type { StatementTrace } from '../../frameworks/content.js';
import { ComponentStatementsSchema } from '../../frameworks/schemas.js';
import type { Actor } from '../auth/actor.js';
import { db } from '../db/client.js';
import { delphiStudy } from '../db/schema/delphi.js';
import { frameworkComponentStatement } from '../db/schema/frameworks.js';
import { listAcceptedStatements } from '../delphi/accepted-statements.js';
import { DomainError } from '../errors.js';
import { parseInput, type FieldsOf } from '../validate.js';
import { changeDraft, getFrameworkHead } from './draft.js';
import { authorize } from '../auth/authorize.js';
import { sectionOfComponent } from './structure.js';

/** Refuses, beside the statements field, any id that is not an accepted statement of the study. */
export function assertAccepted(statementIds: readonly string[], accepted: readonly StatementTrace[]): void {
	const acceptedIds = new Set(accepted.map((trace) => trace.statementId));
	const refused = statementIds.filter((id) => !acceptedIds.has(id));
	if (refused.length > 0)
		throw new DomainError('invalid', `not accepted by the study: ${refused.join(', ')}`, {
			fields: { statementIds: ['statement_not_accepted'] },
			details: { statementIds: refused }
		});
}

/** The rating scale of a study (its top band is named in traces); null for none or a study since deleted. */
export async function studyScale(studyId: string | null | undefined): Promise<ScaleKind | null> {
	if (!studyId) return null;
	const [row] = await db()
		.select({ scale: delphiStudy.scale })
		.from(delphiStudy)
		.where(eq(delphiStudy.id, studyId));
	return row?.scale ?? null;
}

/**
 * The statements the framework's study accepted, with their traces: what components may rest on;
 * and the study's scale.
 */
export async function listStatementChoices(
	actor: Actor,
	frameworkId: string
): Promise<{ scale: ScaleKind | null; statements: StatementTrace[] }> {
	const head = await getFrameworkHead(db(), frameworkId);
	authorize(actor, 'edit', head);
	if (!head.studyId) return { scale: null, statements: [] };
	const [scale, statements] = await Promise.all([
		studyScale(head.studyId),
		listAcceptedStatements(head.studyId)
	]);
	return { scale, statements };
}

/**
 * Sets the statements a component rests on (the whole set, as the form's checkboxes send it). A
 * statement the study did not accept, or of another study, is refused and nothing changes.
 */
export function setComponentStatements(
	actor: Actor,
	frameworkId: string,
	componentId: string,
	input: FieldsOf<typeof ComponentStatementsSchema>
): Promise<void> {
	return changeDraft(actor, frameworkId, async (tx, head) => {
		await sectionOfComponent(tx, head.id, componentId);
		const { statementIds } = parseInput(ComponentStatementsSchema, input);
		if (statementIds.length > 0) {
			if (!head.studyId)
				throw new DomainError('invalid', 'the framework rests on no study', {
					fields: { statementIds: ['framework_has_no_study'] }
				});
			assertAccepted(statementIds, await listAcceptedStatements(head.studyId, tx));
		}
		await tx
			.delete(frameworkComponentStatement)
			.where(eq(frameworkComponentStatement.componentId, componentId));
		if (statementIds.length > 0)
			await tx
				.insert(frameworkComponentStatement)
				.values(statementIds.map((statementId) => ({ componentId, statementId })));
	});
}
