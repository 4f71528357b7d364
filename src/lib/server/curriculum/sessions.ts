// The sessions of a draft's modules: add, change, move within their module and remove.
import { and, asc, eq } from 'drizzle-orm';
import { MoveSchema, SessionCreateSchema, SessionUpdateSchema } from '../../curriculum/schemas.js';
import type { Actor } from '../auth/actor.js';
import type { Tx } from '../db/client.js';
import { packageModule, packageSession } from '../db/schema/curriculum.js';
import { DomainError } from '../errors.js';
import { assertRecordId, parseInput, type FieldsOf } from '../validate.js';
import { changeDraft } from './draft.js';
import { assertModuleOf } from './modules.js';
import { moved, writePositions } from './positions.js';

/** The ids of a module's sessions, in their order. */
async function sessionOrder(tx: Tx, moduleId: string): Promise<string[]> {
	const rows = await tx
		.select({ id: packageSession.id })
		.from(packageSession)
		.where(eq(packageSession.moduleId, moduleId))
		.orderBy(asc(packageSession.position));
	return rows.map((row) => row.id);
}

/** The session's module; `not_found` for a session that is not in this package. */
export async function getSessionModule(tx: Tx, packageId: string, sessionId: string): Promise<string> {
	assertRecordId(sessionId, 'session');
	const [row] = await tx
		.select({ moduleId: packageSession.moduleId })
		.from(packageSession)
		.innerJoin(packageModule, eq(packageModule.id, packageSession.moduleId))
		.where(and(eq(packageSession.id, sessionId), eq(packageModule.packageId, packageId)));
	if (!row) throw new DomainError('not_found', 'no such session in this package');
	return row.moduleId;
}

/** Adds a session at the end of a module; returns its id. */
export function addSession(
	actor: Actor,
	packageId: string,
	moduleId: string,
	input: FieldsOf<typeof SessionCreateSchema>
): Promise<{ id: string }> {
	return changeDraft(actor, packageId, async (tx, head) => {
		await assertModuleOf(tx, head.id, moduleId);
		const values = parseInput(SessionCreateSchema, input);
		const position = (await sessionOrder(tx, moduleId)).length + 1;
		const [row] = await tx
			.insert(packageSession)
			.values({ ...values, moduleId, position })
			.returning({ id: packageSession.id });
		return row;
	});
}

export function updateSession(
	actor: Actor,
	packageId: string,
	sessionId: string,
	input: FieldsOf<typeof SessionUpdateSchema>
): Promise<void> {
	return changeDraft(actor, packageId, async (tx, head) => {
		await getSessionModule(tx, head.id, sessionId);
		const changes = parseInput(SessionUpdateSchema, input);
		if (Object.keys(changes).length > 0)
			await tx.update(packageSession).set(changes).where(eq(packageSession.id, sessionId));
	});
}

/** Moves a session to another place in its module (counting from 1). */
export function moveSession(
	actor: Actor,
	packageId: string,
	sessionId: string,
	input: FieldsOf<typeof MoveSchema>
): Promise<void> {
	return changeDraft(actor, packageId, async (tx, head) => {
		const moduleId = await getSessionModule(tx, head.id, sessionId);
		const { position } = parseInput(MoveSchema, input);
		await writePositions(tx, packageSession, moved(await sessionOrder(tx, moduleId), sessionId, position));
	});
}

/** Removes a session and its materials from the draft (versions keep theirs). */
export function removeSession(actor: Actor, packageId: string, sessionId: string): Promise<void> {
	return changeDraft(actor, packageId, async (tx, head) => {
		const moduleId = await getSessionModule(tx, head.id, sessionId);
		await tx.delete(packageSession).where(eq(packageSession.id, sessionId));
		await writePositions(tx, packageSession, await sessionOrder(tx, moduleId));
	});
}
