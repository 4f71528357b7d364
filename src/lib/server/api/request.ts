// Reading what a client sent: a JSON body (refused clearly when it is not JSON) and query parameters.
import type { z } from 'zod';
import { parseInput, type FieldsOf } from '../validate.js';
import { RequestProblem } from './problems.js';

/** Directory records are small; anything larger than this is a mistake or an abuse. */
export const maxBodyBytes = 64 * 1024;

const jsonMediaType = /^application\/([\w.+-]+\+)?json\s*(;|$)/i;

export async function readJsonBody(request: Request): Promise<unknown> {
	const contentType = request.headers.get('content-type') ?? '';
	if (!jsonMediaType.test(contentType)) {
		throw new RequestProblem(
			'unsupported_media_type',
			'Send the request body as JSON, with the header "Content-Type: application/json".'
		);
	}
	const tooLarge = new RequestProblem(
		'payload_too_large',
		`The request body is larger than ${maxBodyBytes} bytes.`
	);
	if (Number(request.headers.get('content-length') ?? 0) > maxBodyBytes) throw tooLarge;
	const bytes = await request.arrayBuffer();
	if (bytes.byteLength > maxBodyBytes) throw tooLarge;
	const text = new TextDecoder().decode(bytes);
	if (text.trim() === '') throw new RequestProblem('malformed_json', 'The request body is empty.');
	try {
		return JSON.parse(text);
	} catch (error) {
		throw new RequestProblem(
			'malformed_json',
			`The request body is not valid JSON: ${(error as SyntaxError).message}`
		);
	}
}

/** Query parameters as a plain object; the names in `arrays` may repeat and always give arrays. */
export function queryValues(url: URL, arrays: ReadonlySet<string>): Record<string, string | string[]> {
	const values: Record<string, string | string[]> = {};
	for (const key of new Set(url.searchParams.keys())) {
		values[key] = arrays.has(key) ? url.searchParams.getAll(key) : url.searchParams.get(key)!;
	}
	return values;
}

/**
 * A JSON body as the fields a domain function takes (it checks them against `schema`). A body that
 * is not an object (a string, a number, null) has no fields: `schema` refuses it here.
 */
export function bodyFields<S extends z.ZodObject>(schema: S, body: unknown): FieldsOf<S> {
	if (typeof body === 'object' && body !== null) return body;
	return parseInput(schema, body);
}
