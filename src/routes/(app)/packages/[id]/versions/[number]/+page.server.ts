import { editionOf } from '#lib/curriculum/content.js';
import { getVersion } from '#lib/server/curriculum/versions.js';
import { editionAsked } from '../../../edition.js';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, params, url }) => {
	const version = await getVersion(locals.actor, params.id, Number(params.number));
	const edition = editionAsked(url);
	return {
		packageId: params.id,
		edition,
		version: { ...version, content: editionOf(version.content, edition) }
	};
};
