import { listStudies } from '#lib/server/delphi/studies.js';
import type { PageServerLoad } from './$types';

export const csr = false;

export const load: PageServerLoad = async ({ locals }) => ({
	studies: await listStudies(locals.actor)
});
