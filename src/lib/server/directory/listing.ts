// SQL pieces the directory's lists share: typo-tolerant name search, ordering by name in the
// reader's language, and paging.
import { sql, type AnyColumn, type SQL } from 'drizzle-orm';
import { fallbackOrder, type ContentLocale } from '../../i18n/localized.js';

/**
 * How close a query must come to part of a name to count as a match (pg_trgm word_similarity):
 * "Minstry of Helth" scores about 0.6 against "Ministry of Health", unrelated words about 0.
 */
const similarityThreshold = 0.3;

/**
 * How far behind the best match a match may be. Trigrams of short words are noisy ("maroc" scores
 * 0.5 against "Marshall"): when a query finds a name outright, the look-alikes are left out.
 */
const shareOfBest = 0.75;

/** `text` escaped for use inside a LIKE pattern. */
const likeLiteral = (text: string) => text.replace(/[\\%_]/g, (char) => `\\${char}`);

/**
 * How well `query` matches lower-cased `haystack`, from 0 to 1: 1 when it appears as it is,
 * otherwise the trigram similarity of the closest run of words.
 */
function matchScore(haystack: SQL | AnyColumn, query: string): SQL<number> {
	const needle = query.toLowerCase();
	return sql<number>`(case when ${haystack} like ${`%${likeLiteral(needle)}%`} then 1 else word_similarity(${needle}, ${haystack}) end)`;
}

export type NameSearch = { where: SQL; orderBy: SQL[] };

/**
 * A typo-tolerant search of `query` in `haystack`: the condition keeps the matches close to the
 * best one, and the order puts the best first. `bestScore` runs the list's own query (with its
 * filters and scope) to find the best score among the rows it could show.
 */
export async function nameSearch(
	haystack: SQL | AnyColumn,
	query: string,
	bestScore: (score: SQL<number>) => Promise<{ best: number | null }[]>
): Promise<NameSearch> {
	const score = matchScore(haystack, query);
	const [{ best }] = await bestScore(sql<number>`max(${score})`);
	const cutoff = Math.max(similarityThreshold, (best ?? 1) * shareOfBest);
	return { where: sql`${score} >= ${cutoff}`, orderBy: [sql`${score} desc`] };
}

/**
 * A localized name as the reader sees it (their language, else English, French, Arabic), sorted by
 * the Unicode root collation so that "Égypte" comes before "Espagne" and Arabic sorts too.
 */
export function byLocalizedName(name: AnyColumn, reader: ContentLocale): SQL {
	const fallbacks = fallbackOrder.map((locale) => sql`${name}->>${sql.raw(`'${locale}'`)}`);
	return sql`coalesce(nullif(${name}->>${reader}, ''), ${sql.join(fallbacks, sql`, `)}) collate "und-x-icu"`;
}

export type Page<Row> = { rows: Row[]; total: number; page: number; pageSize: number };

export const offsetOf = (query: { page: number; pageSize: number }) => (query.page - 1) * query.pageSize;
