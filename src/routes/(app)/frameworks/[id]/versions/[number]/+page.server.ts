import { getFrameworkVersion } from '#lib/server/frameworks/publish-framework.js';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, params }) => ({
	version: await getFrameworkVersion(locals.actor, params.id, Number(params.number))
});
