// Pages of a list the domain reads whole. Surveys, Delphi studies and frameworks are counted in tens
// per programme, and their domain functions read every one in the actor's reach (the scope applied
// in SQL): the API cuts that list into pages, so every list answers in the same envelope.
import type { z } from 'zod';
import { PagingQuerySchema } from '../../validation/common.js';
import type { Actor } from '../auth/actor.js';
import type { Page } from '../directory/listing.js';
import { parseInput } from '../validate.js';
import { pageEnvelope, pageOf } from './envelopes.js';
import { defineOperation, noParams, type ApiTag } from './operation.js';

/** The page the query asks for (400 with the field for an invalid one) of rows already in order. */
export function pageOfRows<Row>(rows: readonly Row[], query: unknown): Page<Row> {
	const { page, pageSize } = parseInput(PagingQuerySchema, query);
	const start = (page - 1) * pageSize;
	return { rows: rows.slice(start, start + pageSize), total: rows.length, page, pageSize };
}

/**
 * The GET operation that lists such a list a page at a time. It is open to anyone signed in: the
 * domain function reads only what the actor may see, and refuses whoever may see none of it.
 */
export function wholeListOperation<Row, Item extends z.ZodType>(list: {
	id: string;
	path: string;
	tag: ApiTag;
	/** The page envelope of the items, registered as a component of the OpenAPI document. */
	page: ReturnType<typeof pageEnvelope<Item>>;
	read: (actor: Actor) => Promise<readonly Row[]>;
	toItem: (row: Row) => z.output<Item>;
}) {
	return defineOperation({
		id: list.id,
		method: 'GET',
		path: list.path,
		tag: list.tag,
		access: 'signed_in',
		params: noParams,
		query: PagingQuerySchema,
		success: { status: 200, schema: list.page },
		run: async ({ actor, query }) => pageOf(pageOfRows(await list.read(actor), query), list.toItem)
	});
}
