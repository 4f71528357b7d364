// The modules of a package's draft: add, change, move and remove.
import { and, asc, eq } from 'drizzle-orm';
import { ModuleCreateSchema, ModuleUpdateSchema, MoveSchema } from '../../curriculum/schemas.js';
import type { Actor } from '../auth/actor.js';
import type { Tx } from '../db/client.js';
import { packageModule } from '../db/schema/curriculum.js';
import { DomainError } from '../errors.js';
import { assertRecordId, parseInput, type FieldsOf } from '../validate.js';
import { changeDraft } from './draft.js';
import { moved, writePositions } from './positions.js';

/** The ids of a package's modules, in their order. */
async function moduleOrder(tx: Tx, packageId: string): Promise<string[]> {
	const rows = await tx
		.select({ id: packageModule.id })
		.from(packageModule)
		.where(eq(packageModule.packageId, packageId))
		.orderBy(asc(packageModule.position));
	return rows.map((row) => row.id);
}

/** Refuses a module that is not one of this package's (`not_found`, as if it did not exist). */
export async function assertModuleOf(tx: Tx, packageId: string, moduleId: string): Promise<void> {
	assertRecordId(moduleId, 'module');
	const [row] = await tx
		.select({ id: packageModule.id })
		.from(packageModule)
		.where(and(eq(packageModule.id, moduleId), eq(packageModule.packageId, packageId)));
	if (!row) throw new DomainError('not_found', 'no such module in this package');
}

/** Adds a module at the end of the package; returns its id. */
export function addModule(
	actor: Actor,
	packageId: string,
	input: FieldsOf<typeof ModuleCreateSchema>
): Promise<{ id: string }> {
	return changeDraft(actor, packageId, async (tx, head) => {
		const values = parseInput(ModuleCreateSchema, input);
		const position = (await moduleOrder(tx, head.id)).length + 1;
		const [row] = await tx
			.insert(packageModule)
			.values({ ...values, packageId: head.id, position })
			.returning({ id: packageModule.id });
		return row;
	});
}

export function updateModule(
	actor: Actor,
	packageId: string,
	moduleId: string,
	input: FieldsOf<typeof ModuleUpdateSchema>
): Promise<void> {
	return changeDraft(actor, packageId, async (tx, head) => {
		await assertModuleOf(tx, head.id, moduleId);
		const changes = parseInput(ModuleUpdateSchema, input);
		if (Object.keys(changes).length > 0)
			await tx.update(packageModule).set(changes).where(eq(packageModule.id, moduleId));
	});
}

/** Moves a module to another place (counting from 1); the others close up around it. */
export function moveModule(
	actor: Actor,
	packageId: string,
	moduleId: string,
	input: FieldsOf<typeof MoveSchema>
): Promise<void> {
	return changeDraft(actor, packageId, async (tx, head) => {
		await assertModuleOf(tx, head.id, moduleId);
		const { position } = parseInput(MoveSchema, input);
		await writePositions(tx, packageModule, moved(await moduleOrder(tx, head.id), moduleId, position));
	});
}

/** Removes a module with its sessions and their materials from the draft (versions keep theirs). */
export function removeModule(actor: Actor, packageId: string, moduleId: string): Promise<void> {
	return changeDraft(actor, packageId, async (tx, head) => {
		await assertModuleOf(tx, head.id, moduleId);
		await tx.delete(packageModule).where(eq(packageModule.id, moduleId));
		await writePositions(tx, packageModule, await moduleOrder(tx, head.id));
	});
}
