import { getFrameworkVersion } from '#lib/server/frameworks/publish-framework.js';
import { orHttpError } from '#lib/server/web/errors.js';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, params }) => ({
	version: await orHttpError(() => getFrameworkVersion(locals.actor, params.id, Number(params.number)))
});
