// What the reference page shows, read from the OpenAPI document (so the page cannot disagree with it).
import type { ApiTag, HttpMethod } from './operation.js';
import type { JsonSchema, OpenApiDocument, OperationObject } from './openapi.js';

export type Constraint =
	| { kind: 'enum'; values: string[] }
	| { kind: 'minLength' | 'maxLength' | 'minimum' | 'maximum' | 'minItems' | 'maxItems'; value: number }
	| { kind: 'format' | 'pattern' | 'default'; value: string };

export type FieldRow = {
	name: string;
	type: string;
	required: boolean;
	nullable: boolean;
	constraints: Constraint[];
	description?: string;
};

export type ReferenceOperation = {
	id: string;
	method: HttpMethod;
	path: string;
	summary: string;
	description: string;
	isPublic: boolean;
	parameters: (FieldRow & { in: 'path' | 'query' })[];
	requestFields: FieldRow[];
	responses: { status: string; description: string; fields: FieldRow[] }[];
	curl: string;
};

export type Reference = {
	title: string;
	description: string;
	tags: { name: ApiTag; description: string; operations: ReferenceOperation[] }[];
};

type Components = Record<string, JsonSchema>;

// Bounds that only restate JavaScript's safe integer range say nothing to a reader.
const meaningfulBound = (value: unknown): value is number =>
	typeof value === 'number' && Math.abs(value) < Number.MAX_SAFE_INTEGER;

function resolve(schema: JsonSchema, components: Components): JsonSchema {
	const ref = schema.$ref?.replace('#/components/schemas/', '');
	return ref ? resolve(components[ref] ?? {}, components) : schema;
}

/** A schema without its `null` alternative, and whether it had one. */
function withoutNull(schema: JsonSchema): { schema: JsonSchema; nullable: boolean } {
	if (Array.isArray(schema.type) && schema.type.includes('null')) {
		const rest = schema.type.filter((type) => type !== 'null');
		return { schema: { ...schema, type: rest.length === 1 ? rest[0] : rest }, nullable: true };
	}
	const alternatives = schema.anyOf ?? schema.oneOf;
	if (alternatives?.some((alternative) => alternative.type === 'null')) {
		const rest = alternatives.filter((alternative) => alternative.type !== 'null');
		if (rest.length === 1) return { schema: rest[0], nullable: true };
	}
	return { schema, nullable: false };
}

/** The schema of an array's items, when they all share one. */
function itemsOf(schema: JsonSchema): JsonSchema | undefined {
	const { items } = schema;
	return schema.type === 'array' && typeof items === 'object' && !Array.isArray(items) ? items : undefined;
}

function typeOf(schema: JsonSchema, components: Components): string {
	const resolved = resolve(schema, components);
	const items = itemsOf(resolved);
	if (items) return `${typeOf(items, components)}[]`;
	if (Array.isArray(resolved.type)) return resolved.type.join(' | ');
	if (resolved.type) return resolved.type;
	if (resolved.const !== undefined) return JSON.stringify(resolved.const);
	return 'any';
}

function constraintsOf(schema: JsonSchema, components: Components): Constraint[] {
	const resolved = resolve(schema, components);
	const itemSchema = itemsOf(resolved);
	const items = itemSchema && resolve(itemSchema, components);
	const constraints: Constraint[] = [];
	const values = resolved.enum ?? items?.enum;
	if (values) constraints.push({ kind: 'enum', values: values.map(String) });
	for (const kind of ['minLength', 'maxLength', 'minimum', 'maximum', 'minItems', 'maxItems'] as const) {
		const value = resolved[kind];
		if (meaningfulBound(value)) constraints.push({ kind, value });
	}
	if (meaningfulBound(resolved.exclusiveMinimum))
		constraints.push({ kind: 'minimum', value: resolved.exclusiveMinimum + 1 });
	const format = resolved.format ?? items?.format;
	if (typeof format === 'string') constraints.push({ kind: 'format', value: format });
	// A format already says what its pattern spells out.
	else if (resolved.pattern) constraints.push({ kind: 'pattern', value: resolved.pattern });
	if (resolved.default !== undefined && !(Array.isArray(resolved.default) && resolved.default.length === 0))
		constraints.push({ kind: 'default', value: JSON.stringify(resolved.default) });
	return constraints;
}

/** One row per field, nested objects and arrays of objects flattened to dotted names (`name.en`). */
export function fieldsOf(schema: JsonSchema, components: Components, prefix = ''): FieldRow[] {
	const object = resolve(schema, components);
	const required = new Set(object.required ?? []);
	return Object.entries(object.properties ?? {}).flatMap(([key, property]) => {
		if (typeof property !== 'object') return [];
		const name = prefix + key;
		const { schema: field, nullable } = withoutNull(property);
		const resolved = resolve(field, components);
		const row: FieldRow = {
			name,
			type: typeOf(field, components),
			required: required.has(key),
			nullable,
			constraints: constraintsOf(field, components),
			...(property.description || resolved.description
				? { description: property.description ?? resolved.description }
				: {})
		};
		if (resolved.type === 'object' && resolved.properties) {
			return [row, ...fieldsOf(resolved, components, `${name}.`)];
		}
		const items = itemsOf(resolved);
		if (items && resolve(items, components).properties) {
			return [row, ...fieldsOf(items, components, `${name}[].`)];
		}
		return [row];
	});
}

const shellQuote = (text: string) => `'${text.replaceAll("'", `'\\''`)}'`;

/** A command a reader can paste after `export MHUB_TOKEN=…`. */
export function curlExample(
	origin: string,
	basePath: string,
	path: string,
	method: HttpMethod,
	operation: OperationObject,
	isPublic: boolean
): string {
	const concretePath = path.replace(/\{(\w+)\}/g, (_, name: string) => {
		const parameter = operation.parameters.find((candidate) => candidate.name === name);
		const examples = parameter?.schema.examples;
		return encodeURIComponent(String(Array.isArray(examples) ? examples[0] : name));
	});
	const lines = [
		`curl${method === 'GET' ? '' : ` -X ${method}`} ${shellQuote(origin + basePath + concretePath)}`
	];
	if (!isPublic) lines.push(`-H "Authorization: Bearer $MHUB_TOKEN"`);
	const body = operation.requestBody?.content['application/json'];
	if (body) {
		lines.push(`-H 'Content-Type: application/json'`);
		lines.push(`-d ${shellQuote(JSON.stringify(body.example, null, 2))}`);
	}
	return lines.join(' \\\n  ');
}

export function referenceOf(document: OpenApiDocument, origin: string): Reference {
	const components = document.components.schemas;
	const basePath = document.servers[0].url;
	const operations: (ReferenceOperation & { tag: ApiTag })[] = [];
	for (const [path, methods] of Object.entries(document.paths)) {
		for (const [method, operation] of Object.entries(methods)) {
			const httpMethod = method.toUpperCase() as HttpMethod;
			const isPublic = operation.security.some((requirement) => Object.keys(requirement).length === 0);
			const body = operation.requestBody?.content['application/json'].schema;
			operations.push({
				tag: operation.tags[0],
				id: operation.operationId,
				method: httpMethod,
				path,
				summary: operation.summary,
				description: operation.description,
				isPublic,
				parameters: operation.parameters.map((parameter) => ({
					name: parameter.name,
					in: parameter.in,
					type: typeOf(parameter.schema, components),
					required: parameter.required,
					nullable: false,
					constraints: constraintsOf(parameter.schema, components),
					description: parameter.description
				})),
				requestFields: body ? fieldsOf(body, components) : [],
				responses: Object.entries(operation.responses).map(([status, response]) => ({
					status,
					description: response.description,
					fields: status.startsWith('2')
						? fieldsOf(response.content['application/json'].schema, components)
						: []
				})),
				curl: curlExample(origin, basePath, path, httpMethod, operation, isPublic)
			});
		}
	}
	return {
		title: document.info.title,
		description: document.info.description,
		tags: document.tags.map(({ name, description }) => ({
			name,
			description,
			operations: operations
				.filter((operation) => operation.tag === name)
				.map(({ tag: _tag, ...rest }) => rest)
		}))
	};
}
