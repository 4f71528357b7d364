import { listStudies } from '#lib/server/delphi/studies.js';
import { orHttpError } from '#lib/server/web/errors.js';
import type { PageServerLoad } from './$types';

export const csr = false;

export const load: PageServerLoad = async ({ locals }) => ({
	studies: await orHttpError(() => listStudies(locals.actor))
});
