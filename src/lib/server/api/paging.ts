// Pages of a list the domain reads whole. Surveys, Delphi studies and frameworks are counted in tens
// per programme, and their domain functions read every one in the actor's reach (the scope applied
// in SQL): the API cuts that list into pages, so every list answers in the same envelope.
import { z } from 'zod';
import { defaultPageSize, maxPageSize } from '../../directory/schemas.js';
import type { Page } from '../directory/listing.js';
import { parseInput } from '../validate.js';

export const PagingQuerySchema = z.object({
	page: z.coerce
		.number({ error: 'invalid_page' })
		.int({ error: 'invalid_page' })
		.min(1, { error: 'invalid_page' })
		.max(1_000_000, { error: 'invalid_page' })
		.default(1),
	pageSize: z.coerce
		.number({ error: 'invalid_page_size' })
		.int({ error: 'invalid_page_size' })
		.min(1, { error: 'invalid_page_size' })
		.max(maxPageSize, { error: 'invalid_page_size' })
		.default(defaultPageSize)
});

/** The page the query asks for (400 with the field for an invalid one) of rows already in order. */
export function pageOfRows<Row>(rows: readonly Row[], query: unknown): Page<Row> {
	const { page, pageSize } = parseInput(PagingQuerySchema, query);
	const start = (page - 1) * pageSize;
	return { rows: rows.slice(start, start + pageSize), total: rows.length, page, pageSize };
}
