// The sections of a framework's draft and the components in them: add, rename, move and remove.
import { and, asc, eq, inArray, type SQL } from 'drizzle-orm';
import {
	ComponentCreateSchema,
	ComponentUpdateSchema,
	FrameworkMoveSchema,
	SectionSchema
} from '../../frameworks/schemas.js';
import type { Actor } from '../auth/actor.js';
import type { Tx } from '../db/client.js';
import { frameworkComponent, frameworkSection, moduleFrameworkComponent } from '../db/schema/frameworks.js';
import { DomainError } from '../errors.js';
import { moved } from '../curriculum/positions.js';
import { assertRecordId, parseInput, type FieldsOf } from '../validate.js';
import { changeDraft, writePositions } from './draft.js';

async function sectionOrder(tx: Tx, frameworkId: string): Promise<string[]> {
	const rows = await tx
		.select({ id: frameworkSection.id })
		.from(frameworkSection)
		.where(eq(frameworkSection.frameworkId, frameworkId))
		.orderBy(asc(frameworkSection.position));
	return rows.map((row) => row.id);
}

async function componentOrder(tx: Tx, sectionId: string): Promise<string[]> {
	const rows = await tx
		.select({ id: frameworkComponent.id })
		.from(frameworkComponent)
		.where(eq(frameworkComponent.sectionId, sectionId))
		.orderBy(asc(frameworkComponent.position));
	return rows.map((row) => row.id);
}

/** Refuses a section that is not one of this framework's (`not_found`, as if it did not exist). */
async function assertSectionOf(tx: Tx, frameworkId: string, sectionId: string): Promise<void> {
	assertRecordId(sectionId, 'section');
	const [row] = await tx
		.select({ id: frameworkSection.id })
		.from(frameworkSection)
		.where(and(eq(frameworkSection.id, sectionId), eq(frameworkSection.frameworkId, frameworkId)));
	if (!row) throw new DomainError('not_found', 'no such section in this framework');
}

/** The section of a component of this framework; `not_found` for any other component. */
export async function sectionOfComponent(tx: Tx, frameworkId: string, componentId: string): Promise<string> {
	assertRecordId(componentId, 'component');
	const [row] = await tx
		.select({ sectionId: frameworkComponent.sectionId })
		.from(frameworkComponent)
		.innerJoin(frameworkSection, eq(frameworkSection.id, frameworkComponent.sectionId))
		.where(and(eq(frameworkComponent.id, componentId), eq(frameworkSection.frameworkId, frameworkId)));
	if (!row) throw new DomainError('not_found', 'no such component in this framework');
	return row.sectionId;
}

// ---------------------------------------------------------------- sections

/** Adds a section at the end of the framework; returns its id. */
export function addSection(
	actor: Actor,
	frameworkId: string,
	input: FieldsOf<typeof SectionSchema>
): Promise<{ id: string }> {
	return changeDraft(actor, frameworkId, async (tx, head) => {
		const { title } = parseInput(SectionSchema, input);
		const position = (await sectionOrder(tx, head.id)).length + 1;
		const [row] = await tx
			.insert(frameworkSection)
			.values({ frameworkId: head.id, position, title })
			.returning({ id: frameworkSection.id });
		return row;
	});
}

export function renameSection(
	actor: Actor,
	frameworkId: string,
	sectionId: string,
	input: FieldsOf<typeof SectionSchema>
): Promise<void> {
	return changeDraft(actor, frameworkId, async (tx, head) => {
		await assertSectionOf(tx, head.id, sectionId);
		const { title } = parseInput(SectionSchema, input);
		await tx.update(frameworkSection).set({ title }).where(eq(frameworkSection.id, sectionId));
	});
}

/** Moves a section to another place (counting from 1); the others close up around it. */
export function moveSection(
	actor: Actor,
	frameworkId: string,
	sectionId: string,
	input: FieldsOf<typeof FrameworkMoveSchema>
): Promise<void> {
	return changeDraft(actor, frameworkId, async (tx, head) => {
		await assertSectionOf(tx, head.id, sectionId);
		const { position } = parseInput(FrameworkMoveSchema, input);
		await writePositions(tx, frameworkSection, moved(await sectionOrder(tx, head.id), sectionId, position));
	});
}

/**
 * Refuses to remove components that training modules cite (the component, or every component of the
 * section): removing them would silently drop the packages' citations.
 */
async function assertNotCited(tx: Tx, components: SQL): Promise<void> {
	const [cited] = await tx
		.select({ id: moduleFrameworkComponent.componentId })
		.from(moduleFrameworkComponent)
		.where(components)
		.limit(1);
	if (cited)
		throw new DomainError('conflict', 'training modules cite this component', {
			fields: { _: ['component_cited'] }
		});
}

/**
 * Removes a section with its components from the draft (published versions keep theirs), unless a
 * training module cites one of them.
 */
export function removeSection(actor: Actor, frameworkId: string, sectionId: string): Promise<void> {
	return changeDraft(actor, frameworkId, async (tx, head) => {
		await assertSectionOf(tx, head.id, sectionId);
		await assertNotCited(
			tx,
			inArray(
				moduleFrameworkComponent.componentId,
				tx
					.select({ id: frameworkComponent.id })
					.from(frameworkComponent)
					.where(eq(frameworkComponent.sectionId, sectionId))
			)
		);
		await tx.delete(frameworkSection).where(eq(frameworkSection.id, sectionId));
		await writePositions(tx, frameworkSection, await sectionOrder(tx, head.id));
	});
}

// ---------------------------------------------------------------- components

/** Adds a component at the end of a section; returns its id. */
export function addComponent(
	actor: Actor,
	frameworkId: string,
	sectionId: string,
	input: FieldsOf<typeof ComponentCreateSchema>
): Promise<{ id: string }> {
	return changeDraft(actor, frameworkId, async (tx, head) => {
		await assertSectionOf(tx, head.id, sectionId);
		const values = parseInput(ComponentCreateSchema, input);
		const position = (await componentOrder(tx, sectionId)).length + 1;
		const [row] = await tx
			.insert(frameworkComponent)
			.values({ sectionId, position, title: values.title, description: values.description ?? null })
			.returning({ id: frameworkComponent.id });
		return row;
	});
}

export function updateComponent(
	actor: Actor,
	frameworkId: string,
	componentId: string,
	input: FieldsOf<typeof ComponentUpdateSchema>
): Promise<void> {
	return changeDraft(actor, frameworkId, async (tx, head) => {
		await sectionOfComponent(tx, head.id, componentId);
		const changes = parseInput(ComponentUpdateSchema, input);
		if (Object.keys(changes).length > 0)
			await tx.update(frameworkComponent).set(changes).where(eq(frameworkComponent.id, componentId));
	});
}

/**
 * Moves a component to another place (counting from 1), in its section or, with `sectionId`, in
 * another section of the framework; both sections close up without gaps.
 */
export function moveComponent(
	actor: Actor,
	frameworkId: string,
	componentId: string,
	input: FieldsOf<typeof FrameworkMoveSchema>
): Promise<void> {
	return changeDraft(actor, frameworkId, async (tx, head) => {
		const from = await sectionOfComponent(tx, head.id, componentId);
		const { position, sectionId } = parseInput(FrameworkMoveSchema, input);
		const to = sectionId ?? from;
		if (to !== from) {
			await assertSectionOf(tx, head.id, to);
			await tx
				.update(frameworkComponent)
				.set({ sectionId: to })
				.where(eq(frameworkComponent.id, componentId));
			await writePositions(tx, frameworkComponent, await componentOrder(tx, from));
		}
		await writePositions(tx, frameworkComponent, moved(await componentOrder(tx, to), componentId, position));
	});
}

/** Removes a component and its statements from the draft, unless a training module cites it. */
export function removeComponent(actor: Actor, frameworkId: string, componentId: string): Promise<void> {
	return changeDraft(actor, frameworkId, async (tx, head) => {
		const sectionId = await sectionOfComponent(tx, head.id, componentId);
		await assertNotCited(tx, eq(moduleFrameworkComponent.componentId, componentId));
		await tx.delete(frameworkComponent).where(eq(frameworkComponent.id, componentId));
		await writePositions(tx, frameworkComponent, await componentOrder(tx, sectionId));
	});
}
