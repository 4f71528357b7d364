// SQL pieces the directory's lists share: typo-tolerant name search, ordering by name in the
// reader's language, and paging.
import { sql, type AnyColumn, type SQL } from 'drizzle-orm';
import type { ContentLocale } from '../../i18n/localized.js';

/**
 * How close a query must come to part of a name to count as a match (pg_trgm word_similarity):
 * "Minstry of Helth" scores about 0.6 against "Ministry of Health", unrelated words about 0.
 */
const similarityThreshold = 0.3;

/** `text` escaped for use inside a LIKE pattern. */
const likeLiteral = (text: string) => text.replace(/[\\%_]/g, (char) => `\\${char}`);

/**
 * A typo-tolerant match of `query` against lower-cased `haystack`: a plain substring, or a close
 * enough trigram similarity to some run of its words.
 */
export function nameMatches(haystack: SQL | AnyColumn, query: string): SQL {
	const needle = query.toLowerCase();
	return sql`(${haystack} like ${`%${likeLiteral(needle)}%`} or word_similarity(${needle}, ${haystack}) > ${similarityThreshold})`;
}

/** Best matches first: substring hits, then by similarity. */
export function nameRelevance(haystack: SQL | AnyColumn, query: string): SQL[] {
	const needle = query.toLowerCase();
	return [
		sql`(${haystack} like ${`%${likeLiteral(needle)}%`}) desc`,
		sql`word_similarity(${needle}, ${haystack}) desc`
	];
}

/**
 * A localized name as the reader sees it (their language, else English, French, Arabic), sorted by
 * the Unicode root collation so that "Égypte" comes before "Espagne" and Arabic sorts too.
 */
export function byLocalizedName(name: AnyColumn, reader: ContentLocale): SQL {
	return sql`coalesce(nullif(${name}->>${reader}, ''), ${name}->>'en', ${name}->>'fr', ${name}->>'ar') collate "und-x-icu"`;
}

export type Page<Row> = { rows: Row[]; total: number; page: number; pageSize: number };

export const offsetOf = (query: { page: number; pageSize: number }) => (query.page - 1) * query.pageSize;
