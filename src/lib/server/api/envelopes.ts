// The shapes every API answer takes, declared once in zod: the OpenAPI document is generated from them.
import { z } from 'zod';
import type { Page } from '../directory/listing.js';
import { apiErrorCodes } from './problems.js';
import type { Localized } from '../../i18n/localized.js';

/** Response schemas with a name in the OpenAPI document (`#/components/schemas/<id>`). */
export const responseComponents = z.registry<{ id: string; description?: string }>();

export function component<S extends z.ZodType>(id: string, schema: S, description?: string): S {
	responseComponents.add(schema, { id, description });
	return schema;
}

/**
 * Text written in several languages, keyed by BCP 47 tags of MHub's catalogue: English, French and
 * Arabic are always present (null where missing, as before other languages could be written); any
 * other language only where it is written.
 */
export const LocalizedTextSchema = component(
	'LocalizedText',
	z
		.object({ en: z.string().nullable(), fr: z.string().nullable(), ar: z.string().nullable() })
		.catchall(z.string().nullable()),
	"Text keyed by language tag (BCP 47, from MHub's list of content languages, e.g. `sl`, `fa-AF`, `ti`): `en`, `fr` and `ar` always present (null where not written), other languages present where written. In input, an unknown tag is refused."
);

export function localizedText(value: Localized | null | undefined): z.output<typeof LocalizedTextSchema> {
	const written = Object.fromEntries(Object.entries(value ?? {}).filter(([, text]) => text));
	return { ...written, en: value?.en ?? null, fr: value?.fr ?? null, ar: value?.ar ?? null };
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
