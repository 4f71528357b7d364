// Who may build consensus frameworks, and who reads them once published.
//
// Administrators and the coordinators of a framework's programme build it: create it, edit its
// draft (sections, components, the statements each rests on) and publish versions. The draft is
// theirs alone, as a Delphi study is.
// A published version is the programme's agreed reference: whoever reads the programme (its
// editors, and the focal points of its participating countries, see programmes/policies.ts) reads
// its published frameworks and their traces. The statements and figures in a trace are the
// anonymised group results the panel itself saw, never who rated what, so showing them that far is
// safe. Trainers, reviewers, panellists, participants and the public read nothing here; a training
// package shows the titles of the components its modules cite to its own readers.
import { and, inArray, or, sql, type SQL } from 'drizzle-orm';
import type { Actor } from '../auth/actor.js';
import { programmeReachOf, reachesProgramme, type ProgrammeReach } from '../auth/reach.js';
import { framework, frameworkVersion } from '../db/schema/frameworks.js';
import type { FieldErrors } from '../errors.js';
import { programmePolicy, programmesInReach } from '../programmes/policies.js';

/** What the policy needs to know of a framework: its programme and that programme's countries. */
export type FrameworkPlace = { kind: 'framework'; programmeId: string; countryCodes: readonly string[] };

/** The programmes whose frameworks an actor builds. */
export const frameworkEditReach = (actor: Actor): ProgrammeReach =>
	programmeReachOf(actor, ['administrator', 'programme_coordinator']);

/** The draft, and publishing it: the framework's builders alone. */
const edit = (actor: Actor, framework: Omit<FrameworkPlace, 'countryCodes'>): boolean =>
	reachesProgramme(frameworkEditReach(actor), framework.programmeId);

export const frameworkPolicy = {
	/** See the frameworks pages at all (to build, or to read published ones). */
	list: (actor: Actor): boolean => programmePolicy.list(actor),
	create: (actor: Actor): boolean => frameworkEditReach(actor).kind !== 'none',
	edit,
	/** Published versions: the editors, and whoever reads the programme. */
	read: (actor: Actor, framework: FrameworkPlace): boolean =>
		edit(actor, framework) || programmePolicy.read(actor, { ...framework, kind: 'programme' })
};

/** Where a framework is created must be a programme the actor edits: the field a refusal names. */
export const placeFields: FieldErrors = { programmeId: ['programme_outside_scope'] };

/** The frameworks an actor edits, as a SQL condition (undefined: all of them). */
export function frameworksEditableBy(actor: Actor): SQL | undefined {
	const reach = frameworkEditReach(actor);
	if (reach.kind === 'all') return undefined;
	return reach.kind === 'programmes' ? inArray(framework.programmeId, reach.programmeIds) : sql`false`;
}

/** Frameworks with a published version. */
export const isPublished = sql`exists (select 1 from ${frameworkVersion} where ${frameworkVersion.frameworkId} = ${framework.id})`;

/**
 * The frameworks an actor sees in a list, as a SQL condition over `framework` joined with its
 * `programme` (undefined: all): those they edit, and the published ones of programmes they read.
 */
export function frameworksInReach(actor: Actor): SQL | undefined {
	const editable = frameworksEditableBy(actor);
	if (editable === undefined) return undefined;
	const readable = programmesInReach(actor);
	return or(editable, and(isPublished, readable));
}
