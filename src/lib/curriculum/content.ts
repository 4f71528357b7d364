// A training package's content as one tree: the draft as it is edited, and each published version
// frozen as JSON in this very shape. Pages, the outline PDF and the missing-language summary read it.
import type { Localized } from '../i18n/localized.js';
import type { Expertise } from '../directory/values.js';
import type { Audience, Edition, MaterialKind, Method } from './values.js';

export type MaterialContent = {
	id: string;
	kind: MaterialKind;
	title: Localized;
	/** The language the material is in, when said. */
	language: string | null;
	url: string | null;
	/** A stored file never changes, so a version may name it. */
	file: { id: string; name: string; mediaType: string; byteSize: number } | null;
};

export type SessionContent = {
	id: string;
	title: Localized;
	objectives: Localized[];
	durationMinutes: number;
	methods: Method[];
	editions: Edition[];
	trainerNotes: Localized | null;
	materials: MaterialContent[];
};

export type ModuleContent = {
	id: string;
	title: Localized;
	topic: Expertise | null;
	summary: Localized | null;
	sessions: SessionContent[];
};

export type PackageContent = {
	title: Localized;
	summary: Localized | null;
	audiences: Audience[];
	programmeId: string | null;
	modules: ModuleContent[];
};

/**
 * The package as one edition shows it: the trainee edition leaves out the sessions meant for
 * trainers only, and every trainer's note.
 */
export function editionOf(content: PackageContent, edition: Edition): PackageContent {
	if (edition === 'trainer') return content;
	return {
		...content,
		modules: content.modules.map((module) => ({
			...module,
			sessions: module.sessions
				.filter((session) => session.editions.includes('trainee'))
				.map((session) => ({ ...session, trainerNotes: null }))
		}))
	};
}

/** How long the sessions take, in minutes. */
export const totalMinutes = (sessions: readonly { durationMinutes: number }[]): number =>
	sessions.reduce((sum, session) => sum + session.durationMinutes, 0);

/** Where a module is in the package: the module and its place (from 0), if it is there. */
export function findModule(content: PackageContent, moduleId: string) {
	const index = content.modules.findIndex((module) => module.id === moduleId);
	return index < 0 ? undefined : { module: content.modules[index], index };
}

/** Where a session is in the package: its module, their places (from 0), if it is there. */
export function findSession(content: PackageContent, sessionId: string) {
	for (const [moduleIndex, module] of content.modules.entries()) {
		const index = module.sessions.findIndex((session) => session.id === sessionId);
		if (index >= 0) return { module, moduleIndex, session: module.sessions[index], index };
	}
	return undefined;
}
