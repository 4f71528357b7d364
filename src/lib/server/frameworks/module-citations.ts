// Training modules cite the framework components they implement: components of the published
// frameworks of the package's programme, as their latest version names them.
//
// Citations belong to the package's draft modules but are no part of a package version's content:
// choosing them does not mark the draft as changed (publishing would otherwise be asked for nothing
// new in the outline). Their editors are the package's editors; the package's readers see them.
import { and, asc, count, desc, eq, inArray, isNull, sql } from 'drizzle-orm';
import type { PackageContent } from '../../curriculum/content.js';
import type { FrameworkContent } from '../../frameworks/content.js';
import { ModuleCitationsSchema } from '../../frameworks/schemas.js';
import type { Localized } from '../../i18n/localized.js';
import type { Actor } from '../auth/actor.js';
import { authorize, can } from '../auth/authorize.js';
import { getPackageHead, lockPackageForEdit } from '../curriculum/draft.js';
import { assertModuleOf } from '../curriculum/modules.js';
import { db, type DbOrTx } from '../db/client.js';
import { packageModule, packageVersion } from '../db/schema/curriculum.js';
import {
	framework,
	frameworkComponent,
	frameworkVersion,
	moduleFrameworkComponent
} from '../db/schema/frameworks.js';
import { DomainError } from '../errors.js';
import { assertRecordId, parseInput, type FieldsOf } from '../validate.js';
import { getFrameworkHead } from './draft.js';

export type CitableComponent = {
	id: string;
	title: Localized;
	sectionTitle: Localized;
	frameworkId: string;
	frameworkTitle: Localized;
	versionNumber: number;
};

/**
 * The components a module of a package in `programmeId` may cite: those of the latest version of
 * each current framework of the programme that the draft still holds (a component removed from the
 * draft can no longer be cited), in the frameworks' and their sections' order.
 */
async function citableComponents(tx: DbOrTx, programmeId: string | null): Promise<CitableComponent[]> {
	if (programmeId === null) return [];
	const latest = await tx
		.selectDistinctOn([frameworkVersion.frameworkId], {
			frameworkId: frameworkVersion.frameworkId,
			number: frameworkVersion.number,
			content: frameworkVersion.content
		})
		.from(frameworkVersion)
		.innerJoin(framework, eq(framework.id, frameworkVersion.frameworkId))
		.where(and(eq(framework.programmeId, programmeId), isNull(framework.archivedAt)))
		.orderBy(asc(frameworkVersion.frameworkId), desc(frameworkVersion.number));
	const published = latest.flatMap((version) =>
		version.content.sections.flatMap((section) =>
			section.components.map((component) => ({
				id: component.id,
				title: component.title,
				sectionTitle: section.title,
				frameworkId: version.frameworkId,
				frameworkTitle: version.content.title,
				versionNumber: version.number
			}))
		)
	);
	if (published.length === 0) return [];
	const inDraft = await tx
		.select({ id: frameworkComponent.id })
		.from(frameworkComponent)
		.where(
			inArray(
				frameworkComponent.id,
				published.map((component) => component.id)
			)
		);
	const kept = new Set(inDraft.map((row) => row.id));
	return published.filter((component) => kept.has(component.id));
}

async function citedBy(tx: DbOrTx, moduleId: string): Promise<string[]> {
	const rows = await tx
		.select({ id: moduleFrameworkComponent.componentId })
		.from(moduleFrameworkComponent)
		.where(eq(moduleFrameworkComponent.moduleId, moduleId));
	return rows.map((row) => row.id).sort();
}

/** For a module's edit page: the components it may cite, and those it cites. */
export async function getModuleCitations(
	actor: Actor,
	packageId: string,
	moduleId: string
): Promise<{ choices: CitableComponent[]; cited: string[] }> {
	const head = await getPackageHead(db(), packageId);
	authorize(actor, 'edit', head);
	assertRecordId(moduleId, 'module');
	const [module] = await db()
		.select({ id: packageModule.id })
		.from(packageModule)
		.where(and(eq(packageModule.id, moduleId), eq(packageModule.packageId, head.id)));
	if (!module) throw new DomainError('not_found', 'no such module in this package');
	const [choices, cited] = await Promise.all([
		citableComponents(db(), head.programmeId),
		citedBy(db(), moduleId)
	]);
	return { choices, cited };
}

/**
 * Sets the components a module cites (the whole set, as the form's checkboxes send it). A component
 * that is not in a published framework of the package's programme is refused and nothing changes.
 */
export function setModuleCitations(
	actor: Actor,
	packageId: string,
	moduleId: string,
	input: FieldsOf<typeof ModuleCitationsSchema>
): Promise<void> {
	return db().transaction(async (tx) => {
		const head = await lockPackageForEdit(tx, actor, packageId);
		await assertModuleOf(tx, head.id, moduleId);
		const { componentIds } = parseInput(ModuleCitationsSchema, input);
		const citable = new Set((await citableComponents(tx, head.programmeId)).map((component) => component.id));
		if (componentIds.some((id) => !citable.has(id)))
			throw new DomainError('invalid', 'not a published component of the package’s programme', {
				fields: { componentIds: ['component_not_published'] }
			});
		await tx.delete(moduleFrameworkComponent).where(eq(moduleFrameworkComponent.moduleId, moduleId));
		if (componentIds.length > 0)
			await tx
				.insert(moduleFrameworkComponent)
				.values(componentIds.map((componentId) => ({ moduleId, componentId })));
	});
}

export type ModuleCitations = {
	moduleId: string;
	moduleTitle: Localized;
	components: Array<{
		id: string;
		title: Localized;
		frameworkId: string;
		frameworkTitle: Localized;
		/** The latest version that holds it, and whether the reader may open it. */
		versionNumber: number;
		canOpen: boolean;
	}>;
};

/**
 * The cited components of a package's modules, for the package page: its editors see those of the
 * draft's modules, its other readers those of the modules of the latest version. A component is
 * named as the latest framework version holding it names it.
 */
export async function listPackageCitations(actor: Actor, packageId: string): Promise<ModuleCitations[]> {
	const head = await getPackageHead(db(), packageId);
	const canEdit = can(actor, 'edit', head);
	let modules: Array<{ id: string; title: Localized }>;
	if (canEdit) {
		modules = await db()
			.select({ id: packageModule.id, title: packageModule.title })
			.from(packageModule)
			.where(eq(packageModule.packageId, head.id))
			.orderBy(asc(packageModule.position));
	} else {
		const [{ versions }] = await db()
			.select({ versions: count() })
			.from(packageVersion)
			.where(eq(packageVersion.packageId, head.id));
		authorize(actor, 'read', { ...head, versions });
		const [latest] = await db()
			.select({ modules: sql<PackageContent['modules']>`${packageVersion.content}->'modules'` })
			.from(packageVersion)
			.where(eq(packageVersion.packageId, head.id))
			.orderBy(desc(packageVersion.number))
			.limit(1);
		modules = (latest?.modules ?? []).map((module) => ({ id: module.id, title: module.title }));
	}
	if (modules.length === 0) return [];
	const links = await db()
		.select({
			moduleId: moduleFrameworkComponent.moduleId,
			componentId: moduleFrameworkComponent.componentId
		})
		.from(moduleFrameworkComponent)
		.where(
			inArray(
				moduleFrameworkComponent.moduleId,
				modules.map((module) => module.id)
			)
		);
	if (links.length === 0) return [];
	const named = await namedComponents(
		db(),
		links.map((link) => link.componentId)
	);
	const openable = new Map<string, boolean>();
	for (const frameworkId of new Set([...named.values()].map((component) => component.frameworkId)))
		openable.set(frameworkId, can(actor, 'read', await getFrameworkHead(db(), frameworkId)));
	return modules.flatMap((module) => {
		const components = links
			.filter((link) => link.moduleId === module.id)
			.flatMap((link) => {
				const component = named.get(link.componentId);
				return component ? [{ ...component, canOpen: openable.get(component.frameworkId) ?? false }] : [];
			});
		return components.length > 0 ? [{ moduleId: module.id, moduleTitle: module.title, components }] : [];
	});
}

/** Components by id, as the latest version of their framework that holds them names them. */
async function namedComponents(
	tx: DbOrTx,
	componentIds: string[]
): Promise<Map<string, Omit<ModuleCitations['components'][number], 'canOpen'>>> {
	const versions = await tx
		.select({
			frameworkId: frameworkVersion.frameworkId,
			number: frameworkVersion.number,
			content: sql<FrameworkContent>`${frameworkVersion.content}`
		})
		.from(frameworkVersion)
		.where(
			sql`exists (select 1 from jsonb_array_elements(${frameworkVersion.content}->'sections') as s,
				jsonb_array_elements(s->'components') as c
				where c->>'id' in (${sql.join(
					componentIds.map((id) => sql`${id}`),
					sql`, `
				)}))`
		)
		.orderBy(asc(frameworkVersion.number));
	const named = new Map<string, Omit<ModuleCitations['components'][number], 'canOpen'>>();
	// Ascending versions: a later version's name overwrites an earlier one's.
	for (const version of versions)
		for (const section of version.content.sections)
			for (const component of section.components)
				if (componentIds.includes(component.id))
					named.set(component.id, {
						id: component.id,
						title: component.title,
						frameworkId: version.frameworkId,
						frameworkTitle: version.content.title,
						versionNumber: version.number
					});
	return named;
}
