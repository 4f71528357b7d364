// The hashes of the sources translations were made from (outdated.ts), kept per thing, unit and language.
import { and, eq, sql } from 'drizzle-orm';
import type { ContentLocale } from '../../i18n/content-languages.js';
import type { DbOrTx } from '../db/client.js';
import { translationSource } from '../db/schema/translations.js';

/** A thing translators work on, as its `original` names it (`mhub:survey/<id>`). */
export function subjectOf(original: string): { subjectKind: string; subjectId: string } {
	const [, subjectKind = '', subjectId = ''] = /^mhub:([a-z-]+)\/(.+)$/.exec(original) ?? [];
	return { subjectKind, subjectId };
}

/** The hashes kept for the thing, by language then unit id. */
export async function readSourceHashes(
	tx: DbOrTx,
	original: string
): Promise<Map<string, Map<string, string>>> {
	const { subjectKind, subjectId } = subjectOf(original);
	const rows = await tx
		.select()
		.from(translationSource)
		.where(and(eq(translationSource.subjectKind, subjectKind), eq(translationSource.subjectId, subjectId)));
	const byLocale = new Map<string, Map<string, string>>();
	for (const row of rows) {
		const hashes = byLocale.get(row.locale) ?? new Map<string, string>();
		hashes.set(row.unitId, row.sourceHash);
		byLocale.set(row.locale, hashes);
	}
	return byLocale;
}

/** Keeps `hashes` (unit id → hash of its source) as what the thing's translations into `locale` were made from. */
export async function recordSourceHashes(
	tx: DbOrTx,
	original: string,
	locale: ContentLocale,
	hashes: ReadonlyMap<string, string>
): Promise<void> {
	if (hashes.size === 0) return;
	const subject = subjectOf(original);
	await tx
		.insert(translationSource)
		.values([...hashes].map(([unitId, sourceHash]) => ({ ...subject, unitId, locale, sourceHash })))
		.onConflictDoUpdate({
			target: [
				translationSource.subjectKind,
				translationSource.subjectId,
				translationSource.unitId,
				translationSource.locale
			],
			set: { sourceHash: sql`excluded.source_hash`, translatedAt: sql`now()` }
		});
}
