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

function* textsOf(content: PackageContent): Generator<[TextKey, Localized | null]> {
	yield [textKey.package('title'), content.title];
	yield [textKey.package('summary'), content.summary];
	for (const module of content.modules) {
		yield [textKey.module(module.id, 'title'), module.title];
		yield [textKey.module(module.id, 'summary'), module.summary];
		for (const session of module.sessions) {
			yield [textKey.session(session.id, 'title'), session.title];
			for (const [index, objective] of session.objectives.entries())
				yield [textKey.objective(session.id, index), objective];
			yield [textKey.session(session.id, 'trainerNotes'), session.trainerNotes];
			for (const material of session.materials) yield [textKey.material(material.id), material.title];
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
	for (const [key, value] of textsOf(content)) {
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
