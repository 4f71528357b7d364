import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import type { OperationObject } from './openapi.js';
import { curlExample, fieldsOf } from './reference.js';

const components = {
	LocalizedText: z.toJSONSchema(
		z.object({ en: z.string().nullable(), fr: z.string().nullable(), ar: z.string().nullable() })
	),
	Thing: {
		type: 'object' as const,
		properties: {
			name: { $ref: '#/components/schemas/LocalizedText' },
			tags: { type: 'array' as const, items: { type: 'string' as const, enum: ['a', 'b'] } }
		},
		required: ['name']
	}
};

describe('fieldsOf', () => {
	it('lists each field with its type, whether it is required, and what it accepts', () => {
		const schema = z.toJSONSchema(
			z.object({
				fullName: z.string().trim().min(1).max(200),
				email: z.email().nullable().optional(),
				page: z.coerce.number().int().min(1).default(1),
				profession: z.enum(['nurse', 'physician'])
			}),
			{ io: 'input' }
		);
		expect(fieldsOf(schema, {})).toEqual([
			{
				name: 'fullName',
				type: 'string',
				required: true,
				nullable: false,
				constraints: [
					{ kind: 'minLength', value: 1 },
					{ kind: 'maxLength', value: 200 }
				]
			},
			{
				name: 'email',
				type: 'string',
				required: false,
				nullable: true,
				constraints: [{ kind: 'format', value: 'email' }]
			},
			{
				name: 'page',
				type: 'integer',
				required: false,
				nullable: false,
				constraints: [
					{ kind: 'minimum', value: 1 },
					{ kind: 'default', value: '1' }
				]
			},
			{
				name: 'profession',
				type: 'string',
				required: true,
				nullable: false,
				constraints: [{ kind: 'enum', values: ['nurse', 'physician'] }]
			}
		]);
	});

	it('follows references and flattens nested objects and arrays of objects into dotted names', () => {
		const page = {
			type: 'object' as const,
			properties: {
				data: { type: 'array' as const, items: { $ref: '#/components/schemas/Thing' } },
				total: { type: 'integer' as const, minimum: 0 }
			},
			required: ['data', 'total']
		};
		expect(fieldsOf(page, components).map((row) => [row.name, row.type, row.required])).toEqual([
			['data', 'object[]', true],
			['data[].name', 'object', true],
			['data[].name.en', 'string', true],
			['data[].name.fr', 'string', true],
			['data[].name.ar', 'string', true],
			['data[].tags', 'string[]', false],
			['total', 'integer', true]
		]);
		expect(fieldsOf(page, components).find((row) => row.name === 'data[].tags')?.constraints).toEqual([
			{ kind: 'enum', values: ['a', 'b'] }
		]);
	});
});

describe('curlExample', () => {
	const operation: OperationObject = {
		operationId: 'updateThing',
		tags: ['organisations'],
		summary: '',
		description: '',
		security: [{ bearerToken: [] }],
		parameters: [
			{
				name: 'id',
				in: 'path',
				required: true,
				description: '',
				schema: { type: 'string', examples: ['3f2b8c1e-6d4a-4b7e-9a1c-2e5f8d7b6a90'] }
			}
		],
		requestBody: {
			required: true,
			content: { 'application/json': { schema: {}, example: { name: "O'Brien Institute" } } }
		},
		responses: {}
	};

	it('fills path parameters with their example, sends the token and a JSON body safely quoted', () => {
		expect(curlExample('https://mhub.example', '/api/v1', '/things/{id}', 'PATCH', operation, false)).toBe(
			[
				"curl -X PATCH 'https://mhub.example/api/v1/things/3f2b8c1e-6d4a-4b7e-9a1c-2e5f8d7b6a90'",
				'-H "Authorization: Bearer $MHUB_TOKEN"',
				"-H 'Content-Type: application/json'",
				`-d '{\n  "name": "O'\\''Brien Institute"\n}'`
			].join(' \\\n  ')
		);
	});

	it('sends no token to a public operation', () => {
		const publicRead = { ...operation, requestBody: undefined, parameters: [] };
		expect(curlExample('http://localhost:5173', '/api/v1', '/countries', 'GET', publicRead, true)).toBe(
			"curl 'http://localhost:5173/api/v1/countries'"
		);
	});
});
