// The survey's texts as an XLIFF 1.2 file for one target language (`?target=ti`), for a CAT tool.
import { error } from '@sveltejs/kit';
import { isDomainError } from '#lib/server/errors.js';
import { downloadHeaders } from '#lib/server/files/files.js';
import { exportSurveyXliff } from '#lib/server/surveys/translation.js';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = async ({ locals, params, url }) => {
	const target = url.searchParams.get('target') ?? '';
	try {
		const file = await exportSurveyXliff(locals.actor, params.id, { target });
		const content = new TextEncoder().encode(file.content);
		return new Response(content, {
			headers: {
				...downloadHeaders({ name: file.fileName, mediaType: file.mediaType, byteSize: content.length }),
				'cache-control': 'private, no-store'
			}
		});
	} catch (thrown) {
		// A language not chosen from the list: the page with the choice again.
		if (isDomainError(thrown) && thrown.code === 'invalid') error(400, 'Choose a language from the list');
		throw thrown;
	}
};
