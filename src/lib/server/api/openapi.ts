// The OpenAPI 3.1 document, generated from the operations the routes serve and from the zod schemas
// that validate requests and shape responses. Texts come from the caller, in the reader's language.
import { z } from 'zod';
import { responseComponents } from './envelopes.js';
import type { ApiTag, Operation } from './operation.js';

export type JsonSchema = z.core.JSONSchema.JSONSchema;

export type ApiTexts = {
	title: string;
	description: string;
	bearer: string;
	tags: Record<ApiTag, string>;
	operation(id: string): { summary: string; description: string };
	response(status: number): string;
	header(name: 'Location' | 'WWW-Authenticate'): string;
	parameter(name: string): string;
};

export type ParameterObject = {
	name: string;
	in: 'path' | 'query';
	required: boolean;
	description: string;
	schema: JsonSchema;
};

export type ResponseObject = {
	description: string;
	headers?: Record<string, { description: string; schema: JsonSchema }>;
	content: { 'application/json': { schema: JsonSchema } };
};

export type OperationObject = {
	operationId: string;
	tags: ApiTag[];
	summary: string;
	description: string;
	security: Record<string, string[]>[];
	parameters: ParameterObject[];
	requestBody?: {
		required: true;
		content: { 'application/json': { schema: JsonSchema; example: unknown } };
	};
	responses: Record<string, ResponseObject>;
};

export type OpenApiDocument = {
	openapi: '3.1.1';
	info: { title: string; version: string; description: string };
	jsonSchemaDialect: string;
	servers: { url: string }[];
	tags: { name: ApiTag; description: string }[];
	paths: Record<string, Partial<Record<'get' | 'post' | 'patch', OperationObject>>>;
	components: {
		schemas: Record<string, JsonSchema>;
		securitySchemes: Record<string, { type: 'http'; scheme: 'bearer'; description: string }>;
	};
};

export const apiBasePath = '/api/v1';
const dialect = 'https://json-schema.org/draft/2020-12/schema';
const schemaRef = (id: string) => `#/components/schemas/${id}`;

/** A component schema: what zod emits, without the per-schema dialect (the document declares it). */
export function requestSchema(schema: z.ZodType): JsonSchema {
	const { $schema: _dialect, ...json } = z.toJSONSchema(schema, { target: 'draft-2020-12', io: 'input' });
	return json;
}

function responseSchemas(): Record<string, JsonSchema> {
	const { schemas } = z.toJSONSchema(responseComponents, {
		target: 'draft-2020-12',
		io: 'output',
		uri: schemaRef
	});
	return Object.fromEntries(
		Object.entries(schemas).map(([id, { $schema: _dialect, $id: _id, ...json }]) => [id, json])
	);
}

function componentId(schema: z.ZodType): string {
	const meta = responseComponents.get(schema);
	if (!meta) throw new Error('every response schema must be registered with component()');
	return meta.id;
}

/** Which refusals an operation may answer with, from what it reads and who may call it. */
export function errorStatuses(operation: Operation): number[] {
	const statuses = new Set<number>([401]);
	if (operation.query || operation.body) statuses.add(400);
	if (operation.access === 'signed_in') statuses.add(403);
	if (Object.keys(operation.params.shape).length > 0) statuses.add(404);
	if (operation.mayConflict) statuses.add(409);
	if (operation.body) [413, 415].forEach((status) => statuses.add(status));
	return [...statuses].sort((a, b) => a - b);
}

function parameters(operation: Operation, texts: ApiTexts): ParameterObject[] {
	const from = (schema: z.ZodObject | undefined, location: 'path' | 'query') => {
		if (!schema) return [];
		const { properties = {}, required = [] } = requestSchema(schema);
		return Object.entries(properties).map(([name, property]) => ({
			name,
			in: location,
			required: location === 'path' || required.includes(name),
			description: texts.parameter(name),
			schema: property as JsonSchema
		}));
	};
	return [...from(operation.params, 'path'), ...from(operation.query, 'query')];
}

function responses(operation: Operation, texts: ApiTexts): Record<string, ResponseObject> {
	const json = (id: string) => ({ 'application/json': { schema: { $ref: schemaRef(id) } } });
	const result: Record<string, ResponseObject> = {
		[operation.success.status]: {
			description: texts.response(operation.success.status),
			...(operation.success.status === 201
				? { headers: { Location: { description: texts.header('Location'), schema: { type: 'string' } } } }
				: {}),
			content: json(componentId(operation.success.schema))
		}
	};
	for (const status of errorStatuses(operation)) {
		result[status] = {
			description: texts.response(status),
			...(status === 401
				? {
						headers: {
							'WWW-Authenticate': {
								description: texts.header('WWW-Authenticate'),
								schema: { type: 'string' }
							}
						}
					}
				: {}),
			content: json('Error')
		};
	}
	return result;
}

export function buildOpenApiDocument(operations: readonly Operation[], texts: ApiTexts): OpenApiDocument {
	const schemas = responseSchemas();
	const paths: OpenApiDocument['paths'] = {};
	for (const operation of operations) {
		const { summary, description } = texts.operation(operation.id);
		if (operation.body) schemas[operation.body.name] = requestSchema(operation.body.schema);
		(paths[operation.path] ??= {})[operation.method.toLowerCase() as 'get' | 'post' | 'patch'] = {
			operationId: operation.id,
			tags: [operation.tag],
			summary,
			description,
			// Public operations take a token when one is sent (an unknown token is refused).
			security: operation.access === 'public' ? [{}, { bearerToken: [] }] : [{ bearerToken: [] }],
			parameters: parameters(operation, texts),
			...(operation.body
				? {
						requestBody: {
							required: true as const,
							content: {
								'application/json': {
									schema: { $ref: schemaRef(operation.body.name) },
									example: operation.body.example
								}
							}
						}
					}
				: {}),
			responses: responses(operation, texts)
		};
	}
	const tags = [...new Set(operations.map((operation) => operation.tag))];
	return {
		openapi: '3.1.1',
		info: { title: texts.title, version: '1.0.0', description: texts.description },
		jsonSchemaDialect: dialect,
		servers: [{ url: apiBasePath }],
		tags: tags.map((name) => ({ name, description: texts.tags[name] })),
		paths,
		components: {
			schemas,
			securitySchemes: { bearerToken: { type: 'http', scheme: 'bearer', description: texts.bearer } }
		}
	};
}
