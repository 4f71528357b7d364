// The shapes every API answer takes, declared once in zod: the OpenAPI document is generated from them.
import { z } from 'zod';
import type { Page } from '../directory/listing.js';
import { apiErrorCodes } from './problems.js';

/** Response schemas with a name in the OpenAPI document (`#/components/schemas/<id>`). */
export const responseComponents = z.registry<{ id: string; description?: string }>();

export function component<S extends z.ZodType>(id: string, schema: S, description?: string): S {
	responseComponents.add(schema, { id, description });
	return schema;
}

/** Text written in several languages: every language is present, null where it is missing. */
export const LocalizedTextSchema = component(
	'LocalizedText',
	z.object({ en: z.string().nullable(), fr: z.string().nullable(), ar: z.string().nullable() }),
	'Text in English, French and Arabic; null in a language it has not been written in.'
);

export function localizedText(value: Partial<Record<'en' | 'fr' | 'ar', string>> | null | undefined) {
	return { en: value?.en ?? null, fr: value?.fr ?? null, ar: value?.ar ?? null };
}

export const timestamp = z.iso.datetime();
export const nullableTimestamp = timestamp.nullable();

export const itemEnvelope = <S extends z.ZodType>(item: S) => z.object({ data: item });

export const pageEnvelope = <S extends z.ZodType>(item: S) =>
	z.object({
		data: z.array(item),
		page: z.int().min(1),
		pageSize: z.int().min(1),
		total: z.int().min(0)
	});

/** A page of domain rows, turned into resources for the list envelope. */
export function pageOf<Row, Resource>(result: Page<Row>, toResource: (row: Row) => Resource) {
	return {
		data: result.rows.map(toResource),
		page: result.page,
		pageSize: result.pageSize,
		total: result.total
	};
}

export const ErrorBodySchema = component(
	'Error',
	z.object({
		error: z.object({
			code: z.enum(apiErrorCodes),
			message: z.string(),
			fields: z
				.record(z.string(), z.array(z.string()))
				.optional()
				.describe('For invalid input: each field path with the codes of what is wrong with it.'),
			requestId: z.string().optional()
		})
	})
);
