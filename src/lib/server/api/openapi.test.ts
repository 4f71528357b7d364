import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { apiTexts } from '../../../routes/api/v1/api-texts.js';
import {
	CountryListQuerySchema,
	OrganisationCreateSchema,
	OrganisationListQuerySchema,
	OrganisationUpdateSchema,
	PersonCreateSchema,
	PersonListQuerySchema,
	PersonUpdateSchema
} from '../../directory/schemas.js';
import { buildOpenApiDocument, type JsonSchema } from './openapi.js';
import { apiOperations } from './operations.js';

const document = buildOpenApiDocument(apiOperations, apiTexts('en'));
const operations = Object.entries(document.paths).flatMap(([path, methods]) =>
	Object.entries(methods).map(([method, operation]) => ({ path, method, operation }))
);
const inputSchema = (schema: z.ZodType) => {
	const { $schema: _dialect, ...json } = z.toJSONSchema(schema, { target: 'draft-2020-12', io: 'input' });
	return json;
};

/** Every `$ref` anywhere in a JSON value. */
function refs(value: unknown): string[] {
	if (Array.isArray(value)) return value.flatMap(refs);
	if (value && typeof value === 'object') {
		return Object.entries(value).flatMap(([key, inner]) =>
			key === '$ref' && typeof inner === 'string' ? [inner] : refs(inner)
		);
	}
	return [];
}

function resolvePointer(pointer: string): unknown {
	expect(pointer.startsWith('#/')).toBe(true);
	return pointer
		.slice(2)
		.split('/')
		.map((part) => part.replaceAll('~1', '/').replaceAll('~0', '~'))
		.reduce<unknown>((node, part) => (node as Record<string, unknown> | undefined)?.[part], document);
}

describe('the OpenAPI document', () => {
	it('is OpenAPI 3.1 with JSON Schema 2020-12 and a bearer token scheme', () => {
		expect(document.openapi).toMatch(/^3\.1\.\d+$/);
		expect(document.jsonSchemaDialect).toBe('https://json-schema.org/draft/2020-12/schema');
		expect(document.servers).toEqual([{ url: '/api/v1' }]);
		expect(document.components.securitySchemes.bearerToken).toMatchObject({ type: 'http', scheme: 'bearer' });
		expect(JSON.parse(JSON.stringify(document))).toEqual(document);
	});

	it('describes every endpoint the API serves', () => {
		expect(operations.map(({ method, path }) => `${method.toUpperCase()} ${path}`).sort()).toEqual(
			[
				'GET /countries',
				'GET /countries/{code}',
				'GET /organisations',
				'POST /organisations',
				'GET /organisations/{id}',
				'PATCH /organisations/{id}',
				'POST /organisations/{id}/archive',
				'GET /people',
				'POST /people',
				'GET /people/{id}',
				'PATCH /people/{id}',
				'POST /people/{id}/archive',
				'GET /surveys',
				'GET /surveys/{id}',
				'GET /surveys/{id}/results',
				'GET /delphi/studies',
				'GET /delphi/studies/{id}/results',
				'GET /frameworks',
				'GET /frameworks/{id}/versions/{number}',
				'GET /events/{id}/evaluation/plan',
				'GET /events/{id}/evaluation/results',
				'GET /programmes/{id}/evaluation/events'
			].sort()
		);
		const ids = operations.map(({ operation }) => operation.operationId);
		expect(new Set(ids).size).toBe(ids.length);
	});

	it.each(operations)('$method $path has a summary, a success and documented refusals', ({ operation }) => {
		expect(operation.summary).not.toBe('');
		expect(operation.description).not.toBe('');
		const statuses = Object.keys(operation.responses);
		expect(statuses.filter((status) => /^2\d\d$/.test(status))).toHaveLength(1);
		expect(statuses).toContain('401');
		for (const [status, response] of Object.entries(operation.responses)) {
			expect(response.description).not.toBe('');
			const schema = response.content['application/json'].schema;
			if (!status.startsWith('2')) expect(schema).toEqual({ $ref: '#/components/schemas/Error' });
		}
		expect(operation.responses['401'].headers?.['WWW-Authenticate']).toBeDefined();
	});

	it.each(operations)(
		'$method $path declares each of its path parameters, with a description',
		({ path, operation }) => {
			const inPath = [...path.matchAll(/\{(\w+)\}/g)].map((match) => match[1]);
			expect(operation.parameters.filter((p) => p.in === 'path').map((p) => p.name)).toEqual(inPath);
			for (const parameter of operation.parameters) expect(parameter.description).not.toBe('');
		}
	);

	it('resolves every $ref', () => {
		const all = refs(document);
		expect(all.length).toBeGreaterThan(10);
		for (const ref of new Set(all))
			expect({ ref, target: resolvePointer(ref) }).toMatchObject({ ref, target: expect.any(Object) });
	});

	it('documents request bodies with exactly the schemas that validate them', () => {
		const schemas = document.components.schemas;
		expect(schemas.OrganisationCreate).toEqual(inputSchema(OrganisationCreateSchema));
		expect(schemas.OrganisationUpdate).toEqual(inputSchema(OrganisationUpdateSchema));
		expect(schemas.PersonCreate).toEqual(inputSchema(PersonCreateSchema));
		expect(schemas.PersonUpdate).toEqual(inputSchema(PersonUpdateSchema));
	});

	it('documents query parameters with exactly the list schemas that validate them', () => {
		const queryOf = (path: string) =>
			Object.fromEntries(
				document.paths[path].get!.parameters.filter((p) => p.in === 'query').map((p) => [p.name, p.schema])
			);
		for (const [path, schema] of [
			['/countries', CountryListQuerySchema],
			['/organisations', OrganisationListQuerySchema],
			['/people', PersonListQuerySchema]
		] as const) {
			const json = inputSchema(schema) as JsonSchema;
			expect(queryOf(path)).toEqual(json.properties);
			const required = document.paths[path].get!.parameters.filter((p) => p.required).map((p) => p.name);
			expect(required).toEqual(json.required ?? []);
		}
	});

	it('gives request examples that the validating schemas accept', () => {
		for (const operation of apiOperations) {
			if (!operation.body) continue;
			const parsed = operation.body.schema.safeParse(operation.body.example);
			expect({ id: operation.id, issues: parsed.error?.issues }).toEqual({
				id: operation.id,
				issues: undefined
			});
		}
	});

	it('names the convention of each evaluation statistic', () => {
		const { PrePostFigures, PairedT, WilcoxonSignedRank } = document.components.schemas;
		const described = (schema: JsonSchema, name: string) =>
			(schema.properties?.[name] as JsonSchema | undefined)?.description ?? '';
		expect(described(PrePostFigures, 'gainOfMeans')).toMatch(/^Hake’s normalised gain on means/);
		expect(described(PrePostFigures, 'averageGain')).toMatch(/at max on the pre-test excluded/);
		expect(described(PairedT, 'ci95')).toMatch(/95 %/);
		expect(described(PairedT, 'cohenDz')).toMatch(/Cohen’s dz/);
		expect(described(WilcoxonSignedRank, 'n')).toMatch(/zero differences are dropped/);
		expect(described(PrePostFigures, 'disclosure')).toMatch(/hidden below 5 people/);
	});

	it('lets the public read countries only', () => {
		const open = operations.filter(({ operation }) =>
			operation.security.some((requirement) => Object.keys(requirement).length === 0)
		);
		expect(open.map(({ path }) => path).sort()).toEqual(['/countries', '/countries/{code}']);
	});

	it.each(['fr', 'ar'] as const)('is written in %s for the reference page', (locale) => {
		const translated = buildOpenApiDocument(apiOperations, apiTexts(locale));
		expect(translated.paths['/organisations'].get!.summary).not.toBe(
			document.paths['/organisations'].get!.summary
		);
		expect(Object.keys(translated.paths)).toEqual(Object.keys(document.paths));
	});
});
