// Form actions that may be refused for likely duplicates: the refusal carries the duplicates, so
// that the page lists them (with links) above the "create anyway" box.
import { fail, type ActionFailure } from '@sveltejs/kit';
import { isDomainError } from '#lib/server/errors.js';
import { attempt, type FormFailure } from '#lib/server/web/forms.js';

export type DuplicateFailure = FormFailure & { duplicates?: unknown[] };

export async function attemptRecord<T>(
	values: Record<string, unknown>,
	work: () => Promise<T>
): Promise<{ ok: true; value: T } | { ok: false; failure: ActionFailure<DuplicateFailure> }> {
	let duplicates: unknown[] | undefined;
	const result = await attempt(values, async () => {
		try {
			return await work();
		} catch (error) {
			if (isDomainError(error) && Array.isArray(error.details?.duplicates))
				duplicates = error.details.duplicates;
			throw error;
		}
	});
	if (result.ok || !duplicates) return result;
	return { ok: false, failure: fail(result.failure.status, { ...result.failure.data, duplicates }) };
}
