// The survey's texts as a file for one target language: `?target=ti&format=xliff` for a CAT tool
// (XLIFF 1.2), `format=xlsx` for a spreadsheet with a column per language.
import { error } from '@sveltejs/kit';
import { isDomainError } from '#lib/server/errors.js';
import { downloadHeaders } from '#lib/server/files/files.js';
import { exportSurveyTranslation } from '#lib/server/surveys/translation.js';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = async ({ locals, params, url }) => {
	const input = {
		target: url.searchParams.get('target') ?? '',
		format: url.searchParams.get('format') ?? 'xliff'
	};
	try {
		const file = await exportSurveyTranslation(locals.actor, params.id, input);
		return new Response(new Uint8Array(file.content), {
			headers: {
				...downloadHeaders({ name: file.fileName, mediaType: file.mediaType, byteSize: file.content.length }),
				'cache-control': 'private, no-store'
			}
		});
	} catch (thrown) {
		// A language or format not chosen from the page's lists.
		if (isDomainError(thrown) && thrown.code === 'invalid') error(400, 'Choose a language from the list');
		throw thrown;
	}
};
