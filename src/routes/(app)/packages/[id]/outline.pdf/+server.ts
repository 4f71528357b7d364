import { getLocale } from '#lib/paraglide/runtime.js';
import { editionOf } from '#lib/curriculum/content.js';
import { localizedText } from '#lib/i18n/localized.js';
import { getDraft } from '#lib/server/curriculum/draft.js';
import { outlinePdf } from '#lib/server/curriculum/outline-pdf.js';
import { getVersion } from '#lib/server/curriculum/versions.js';
import { editionAsked } from '../../edition.js';
import { outlineWords } from './words.js';
import type { RequestHandler } from './$types';

/** The outline of a version (?version=N) or, for its editors, of the draft; in one edition. */
export const GET: RequestHandler = async ({ locals, params, url }) => {
	const locale = getLocale();
	const edition = editionAsked(url);
	const asked = url.searchParams.get('version');
	const version = asked === null ? null : await getVersion(locals.actor, params.id, Number(asked));
	const content = version ? version.content : await getDraft(locals.actor, params.id);
	const shown = editionOf(content, edition);
	const pdf = await outlinePdf(shown, {
		locale,
		words: outlineWords({ content: shown, edition, version, locale })
	});
	const name = `${localizedText(content.title, locale)}${version ? ` v${version.number}` : ''} (${edition}).pdf`;
	return new Response(new Uint8Array(pdf), {
		headers: {
			'content-type': 'application/pdf',
			'content-disposition': `inline; filename*=UTF-8''${encodeURIComponent(name)}`,
			'cache-control': 'private, no-store'
		}
	});
};
