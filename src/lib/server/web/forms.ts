// Form actions: run a domain call, and turn its refusal into field errors beside the fields.
import { fail, type ActionFailure } from '@sveltejs/kit';
import { isDomainError, type DomainError, type FieldErrors } from '../errors.js';

export type FormFailure = {
	fields: FieldErrors;
	values: Record<string, unknown>;
	code: string;
	retryAfterSeconds?: number;
};

/** Form data as a plain object; repeated names (checkboxes, multi-selects) become arrays. */
export function formValues(data: FormData, arrays: readonly string[] = []): Record<string, unknown> {
	const values: Record<string, unknown> = {};
	for (const key of new Set(data.keys())) {
		const all = data.getAll(key).filter((v): v is string => typeof v === 'string');
		values[key] = arrays.includes(key) ? all : all[0];
	}
	for (const key of arrays) values[key] ??= [];
	return values;
}

/**
 * Runs `work`; a DomainError becomes a 4xx form failure with its field errors, the rest rethrows.
 * `more` adds what the page shows beside the fields, read from the refusal (its likely duplicates).
 */
export async function attempt<T, More extends object = object>(
	values: Record<string, unknown>,
	work: () => Promise<T>,
	more?: (refusal: DomainError) => More
): Promise<{ ok: true; value: T } | { ok: false; failure: ActionFailure<FormFailure & More> }> {
	try {
		return { ok: true, value: await work() };
	} catch (error) {
		if (!isDomainError(error)) throw error;
		const safeValues = Object.fromEntries(
			Object.entries(values).filter(([key]) => !/password|token/i.test(key))
		);
		const failure: FormFailure = {
			fields: error.fields ?? { _: [error.code] },
			values: safeValues,
			code: error.code,
			retryAfterSeconds: error.details?.retryAfterSeconds as number | undefined
		};
		return { ok: false, failure: fail(error.status, { ...failure, ...(more?.(error) as More) }) };
	}
}

/** A password form's refusal when its two password fields differ; `values` are kept in the form. */
export function passwordsDiffer(
	values: Record<string, unknown>,
	kept: Record<string, unknown> = {}
): ActionFailure<FormFailure> | undefined {
	if (values.password === values.confirmPassword) return undefined;
	return fail(400, { fields: { confirmPassword: ['passwords_differ'] }, values: kept, code: 'invalid' });
}
