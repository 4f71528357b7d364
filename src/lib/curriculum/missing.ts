// What a package still lacks in each language: every text written in at least one language is
// counted, and the languages it is blank in are named, per text and in total.
import { missingLocales, type ContentLocale, type Localized } from '../i18n/localized.js';
import type { PackageContent } from './content.js';

/** Names one text of a package: "package.title", "session:<id>.objective:2", … */
export type TextKey = string;

export const textKey = {
	package: (field: 'title' | 'summary') => `package.${field}`,
	module: (id: string, field: 'title' | 'summary') => `module:${id}.${field}`,
	session: (id: string, field: 'title' | 'trainerNotes') => `session:${id}.${field}`,
	objective: (sessionId: string, index: number) => `session:${sessionId}.objective:${index}`,
	material: (id: string) => `material:${id}.title`
};

export type MissingTranslations = {
	/** How many texts are written in at least one language. */
	texts: number;
	/** How many of them are missing in each of the package's declared languages. */
	missingIn: Partial<Record<ContentLocale, number>>;
	/** The languages each incomplete text is missing in (complete texts are left out). */
	byText: Record<TextKey, ContentLocale[]>;
};

/** One text of a package: `holder[field]`, and what it is (its row's id, and places counting from 1). */
export type PackageText = {
	key: TextKey;
	holder: object;
	field: string;
	kind: 'package' | 'module' | 'session' | 'objective' | 'material';
	/** The module's, session's or material's id. */
	id?: string;
	module?: number;
	session?: number;
	objective?: number;
};

/** Every text of a package in reading order. */
export function* packageTexts(content: PackageContent): Generator<PackageText> {
	yield { key: textKey.package('title'), holder: content, field: 'title', kind: 'package' };
	yield { key: textKey.package('summary'), holder: content, field: 'summary', kind: 'package' };
	for (const [m, module] of content.modules.entries()) {
		const inModule = { id: module.id, module: m + 1, holder: module } as const;
		yield { ...inModule, key: textKey.module(module.id, 'title'), field: 'title', kind: 'module' };
		yield { ...inModule, key: textKey.module(module.id, 'summary'), field: 'summary', kind: 'module' };
		for (const [s, session] of module.sessions.entries()) {
			const inSession = { id: session.id, module: m + 1, session: s + 1, kind: 'session' } as const;
			yield { ...inSession, key: textKey.session(session.id, 'title'), holder: session, field: 'title' };
			for (const index of session.objectives.keys())
				yield {
					...inSession,
					key: textKey.objective(session.id, index),
					holder: session.objectives,
					field: String(index),
					kind: 'objective',
					objective: index + 1
				};
			yield {
				...inSession,
				key: textKey.session(session.id, 'trainerNotes'),
				holder: session,
				field: 'trainerNotes'
			};
			for (const material of session.materials)
				yield {
					...inSession,
					id: material.id,
					key: textKey.material(material.id),
					holder: material,
					field: 'title',
					kind: 'material'
				};
		}
	}
}

/** What the package's texts lack in each of its declared languages. */
export function missingTranslations(
	content: PackageContent,
	declared: readonly ContentLocale[]
): MissingTranslations {
	const missingIn: Partial<Record<ContentLocale, number>> = {};
	for (const locale of declared) missingIn[locale] = 0;
	const result: MissingTranslations = { texts: 0, missingIn, byText: {} };
	for (const { key, holder, field } of packageTexts(content)) {
		const value = (holder as Record<string, Localized | null>)[field];
		if (!Object.values(value ?? {}).some((text) => text?.trim())) continue;
		const missing = missingLocales(value, declared);
		result.texts += 1;
		if (missing.length === 0) continue;
		result.byText[key] = missing;
		for (const locale of missing) missingIn[locale] = (missingIn[locale] ?? 0) + 1;
	}
	return result;
}

/** The languages any text of a session (its title, objectives, notes, materials' titles) lacks. */
export function missingInSession(
	result: MissingTranslations,
	session: { id: string; materials: readonly { id: string }[] },
	declared: readonly ContentLocale[]
): ContentLocale[] {
	const prefix = `session:${session.id}.`;
	const keys = [
		...Object.keys(result.byText).filter((key) => key.startsWith(prefix)),
		...session.materials.map((material) => textKey.material(material.id))
	];
	const missing = new Set(keys.flatMap((key) => result.byText[key] ?? []));
	return declared.filter((locale) => missing.has(locale));
}
