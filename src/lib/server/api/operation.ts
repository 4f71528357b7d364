// An API operation is declared once: the route serves it and the OpenAPI document describes it, so
// the two cannot drift apart. Handlers stay thin: authenticate, read the request, call one domain
// function, answer in JSON; every refusal goes through problemFrom().
import { z } from 'zod';
import type { Actor } from '../auth/actor.js';
import { authorize, type GeneralAction, type Kind } from '../auth/authorize.js';
import { DomainError } from '../errors.js';
import { bearerChallenge, RequestProblem } from './problems.js';
import { queryValues, readJsonBody } from './request.js';
import { errorResponse, jsonResponse } from './responses.js';

export type HttpMethod = 'GET' | 'POST' | 'PATCH';
export type ApiTag =
	'countries' | 'organisations' | 'people' | 'surveys' | 'delphi' | 'frameworks' | 'evaluation';

/** The part of a SvelteKit RequestEvent an operation reads (tests build it by hand). */
export type ApiEvent = {
	request: Request;
	url: URL;
	params: Partial<Record<string, string>>;
	locals: { actor: Actor; requestId?: string };
};

type OperationInput<Params> = {
	actor: Actor;
	params: Params;
	/** Query parameters, when the operation declares a query schema. */
	query: Record<string, string | string[]> | undefined;
	/** The JSON body, still to be checked, when the operation declares a body schema. */
	body: unknown;
};

export type Operation<Params extends z.ZodObject = z.ZodObject, Success extends z.ZodType = z.ZodType> = {
	/** The OpenAPI operationId; it also keys the translated texts of the reference page. */
	id: string;
	method: HttpMethod;
	/** Below /api/v1, with {name} for path parameters. */
	path: string;
	tag: ApiTag;
	/** `public` answers anyone; `signed_in` needs a token or a session, then the domain decides. */
	access: 'public' | 'signed_in';
	/** Path parameters; a value that does not parse names no record: 404. */
	params: Params;
	/** The schema the domain function validates the query with. */
	query?: z.ZodObject;
	/** The schema the domain function validates the body with, and an example that passes it. */
	body?: { name: string; schema: z.ZodType; example: unknown };
	/** 201 creates a record below the collection path (its Location); 200 answers anything else. */
	success: { status: 200 | 201; schema: Success };
	/** Whether the domain may refuse with a conflict (409). */
	mayConflict?: boolean;
	run(input: OperationInput<z.output<Params>>): Promise<z.output<Success>>;
};

/** Keeps the types of one operation's parameters and result tied together. */
export const defineOperation = <Params extends z.ZodObject, Success extends z.ZodType>(
	operation: Operation<Params, Success>
): Operation<Params, Success> => operation;

export const noParams = z.object({});
export const idParams = z.object({
	id: z.uuid().meta({ examples: ['3f2b8c1e-6d4a-4b7e-9a1c-2e5f8d7b6a90'] })
});

/** The kinds of record one may be allowed to list. */
type ListedKind = { [K in Kind]: 'list' extends GeneralAction<K> ? K : never }[Kind];

/**
 * A GET of one record's resource by its id. Before the look-up the actor must be able to list that
 * kind of record: whoever may list none learns nothing of which ids exist.
 */
export function readById<Success extends z.ZodType>(read: {
	id: string;
	path: string;
	tag: ApiTag;
	kind: ListedKind;
	schema: Success;
	answer: (actor: Actor, id: string) => Promise<z.output<Success>>;
}) {
	return defineOperation({
		id: read.id,
		method: 'GET',
		path: read.path,
		tag: read.tag,
		access: 'signed_in',
		params: idParams,
		success: { status: 200, schema: read.schema },
		run: async ({ actor, params }) => {
			authorize(actor, 'list', read.kind);
			return read.answer(actor, params.id);
		}
	});
}

/** Query parameters declared as arrays in the schema may be repeated (`?expertise=a&expertise=b`). */
export function arrayParameters(query: z.ZodObject | undefined): Set<string> {
	if (!query) return new Set();
	const { properties = {} } = z.toJSONSchema(query, { io: 'input', unrepresentable: 'any' });
	return new Set(
		Object.entries(properties)
			.filter(([, schema]) => typeof schema === 'object' && schema.type === 'array')
			.map(([name]) => name)
	);
}

function authenticate(event: ApiEvent, access: Operation['access']): Actor {
	const { actor } = event.locals;
	// A token that names no one is refused even where none is needed: the client must learn it is dead.
	if (actor.kind === 'public' && event.request.headers.get('authorization')?.startsWith('Bearer ')) {
		throw new RequestProblem(
			'invalid_token',
			'This API token is unknown or has been revoked: create a new one on your account page (/account).',
			{ 'www-authenticate': `${bearerChallenge}, error="invalid_token"` }
		);
	}
	if (access === 'signed_in' && actor.kind === 'public') throw new DomainError('unauthenticated');
	return actor;
}

function pathParams<Params extends z.ZodObject>(schema: Params, raw: ApiEvent['params']): z.output<Params> {
	const parsed = schema.safeParse(raw);
	if (!parsed.success) throw new DomainError('not_found', 'no record has this identifier');
	return parsed.data;
}

function createdId(result: unknown): string {
	const id = (result as { data?: { id?: unknown } }).data?.id;
	if (typeof id !== 'string') throw new Error('a 201 answer must hold the new record as { data: { id } }');
	return encodeURIComponent(id);
}

/**
 * The request handler for an operation. Requests with a session cookie are safe from cross-site
 * forgery here: bodies must be JSON, which another site's page can only send after a CORS
 * preflight that MHub never grants.
 */
export function serve<Params extends z.ZodObject, Success extends z.ZodType>(
	operation: Operation<Params, Success>
): (event: ApiEvent) => Promise<Response> {
	const arrays = arrayParameters(operation.query);
	return async (event) => {
		try {
			const actor = authenticate(event, operation.access);
			const params = pathParams(operation.params, event.params);
			const query = operation.query ? queryValues(event.url, arrays) : undefined;
			const body = operation.body ? await readJsonBody(event.request) : undefined;
			const result = await operation.run({ actor, params, query, body });
			const headers: Record<string, string> =
				operation.success.status === 201 ? { location: `${event.url.pathname}/${createdId(result)}` } : {};
			return jsonResponse(operation.success.status, result, headers);
		} catch (error) {
			return errorResponse(error, event.locals.requestId);
		}
	};
}

/** For the methods a path does not serve: a JSON 405 that lists the ones it does. */
export function methodNotAllowed(allowed: HttpMethod[]): (event: ApiEvent) => Response {
	const allow = allowed.join(', ');
	return (event) =>
		errorResponse(
			new RequestProblem('method_not_allowed', `This path answers ${allow} only.`, { allow }),
			event.locals.requestId
		);
}
