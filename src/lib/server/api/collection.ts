// The five operations of a directory collection (list, get, create, update, archive), declared once
// for organisations and people alike.
import { z } from 'zod';
import type { Actor } from '../auth/actor.js';
import type { Page } from '../directory/listing.js';
import type { FieldsOf } from '../validate.js';
import { component, itemEnvelope, pageEnvelope, pageOf } from './envelopes.js';
import { defineOperation, idParams, noParams, type ApiTag } from './operation.js';
import { bodyFields } from './request.js';

export type CollectionSpec<
	Row,
	Resource extends z.ZodObject,
	Query extends z.ZodObject,
	Create extends z.ZodObject,
	Update extends z.ZodObject
> = {
	tag: ApiTag;
	/** Names in operation ids and schema names: listPeople, getPerson, PersonCreate… */
	singular: string;
	plural: string;
	resource: Resource;
	toResource: (row: Row) => z.output<Resource>;
	query: Query;
	create: { schema: Create; example: unknown };
	update: { schema: Update; example: unknown };
	/** The domain functions, which check what they are given against the schemas above. */
	domain: {
		list: (actor: Actor, query?: FieldsOf<Query>) => Promise<Page<Row>>;
		get: (actor: Actor, id: string) => Promise<Row>;
		create: (actor: Actor, input: FieldsOf<Create>) => Promise<Row>;
		update: (actor: Actor, id: string, input: FieldsOf<Update>) => Promise<Row>;
		archive: (actor: Actor, id: string) => Promise<Row>;
	};
};

export function collectionOperations<
	Row,
	Resource extends z.ZodObject,
	Query extends z.ZodObject,
	Create extends z.ZodObject,
	Update extends z.ZodObject
>(spec: CollectionSpec<Row, Resource, Query, Create, Update>) {
	const { tag, singular, plural, domain } = spec;
	const path = `/${tag}`;
	const resource = component(singular, spec.resource);
	const pageSchema = component(`${singular}Page`, pageEnvelope(resource));
	const itemSchema = component(`${singular}Item`, itemEnvelope(resource));
	const item = (row: Row) => ({ data: spec.toResource(row) });
	const common = { tag, access: 'signed_in' } as const;

	return {
		list: defineOperation({
			...common,
			id: `list${plural}`,
			method: 'GET',
			path,
			params: noParams,
			query: spec.query,
			success: { status: 200, schema: pageSchema },
			run: async ({ actor, query }) => pageOf(await domain.list(actor, query), spec.toResource)
		}),
		get: defineOperation({
			...common,
			id: `get${singular}`,
			method: 'GET',
			path: `${path}/{id}`,
			params: idParams,
			success: { status: 200, schema: itemSchema },
			run: async ({ actor, params }) => item(await domain.get(actor, params.id))
		}),
		create: defineOperation({
			...common,
			id: `create${singular}`,
			method: 'POST',
			path,
			params: noParams,
			body: { name: `${singular}Create`, ...spec.create },
			success: { status: 201, schema: itemSchema },
			mayConflict: true,
			run: async ({ actor, body }) => item(await domain.create(actor, bodyFields(spec.create.schema, body)))
		}),
		update: defineOperation({
			...common,
			id: `update${singular}`,
			method: 'PATCH',
			path: `${path}/{id}`,
			params: idParams,
			body: { name: `${singular}Update`, ...spec.update },
			success: { status: 200, schema: itemSchema },
			mayConflict: true,
			run: async ({ actor, params, body }) =>
				item(await domain.update(actor, params.id, bodyFields(spec.update.schema, body)))
		}),
		archive: defineOperation({
			...common,
			id: `archive${singular}`,
			method: 'POST',
			path: `${path}/{id}/archive`,
			params: idParams,
			success: { status: 200, schema: itemSchema },
			run: async ({ actor, params }) => item(await domain.archive(actor, params.id))
		})
	};
}
