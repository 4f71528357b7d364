// Domain refusals thrown while loading a page become SvelteKit errors with the right status.
import { error } from '@sveltejs/kit';
import { isDomainError } from '../errors.js';

export async function orHttpError<T>(work: () => Promise<T>): Promise<T> {
	try {
		return await work();
	} catch (cause) {
		if (isDomainError(cause)) error(cause.status, { message: cause.code, code: cause.code });
		throw cause;
	}
}
