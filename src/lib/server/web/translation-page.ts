// What every Translations page (a survey's, a Delphi study's, …) does around server/translation/: its
// data, its import action and its file download, so that each route only names what it translates.
import { error } from '@sveltejs/kit';
import {
	contentLanguageName,
	contentLanguagesByName,
	type ContentLocale
} from '../../i18n/content-languages.js';
import { getLocale } from '../../paraglide/runtime.js';
import { isDomainError } from '../errors.js';
import { downloadHeaders } from '../files/files.js';
import {
	maxTranslationBytes,
	type LanguageStatus,
	type TranslationDownload
} from '../translation/translations.js';
import type { TranslationProblem } from '../translation/units.js';
import { attempt } from './forms.js';
import { readUploadForm } from './upload.js';

/** The page's languages in the reader's language: the source, those to translate into, how far each is. */
export function translationPageData(languages: readonly ContentLocale[], status: LanguageStatus[]) {
	const reader = getLocale();
	return {
		source: contentLanguageName(languages[0], reader),
		languages: contentLanguagesByName(reader)
			.filter((tag) => tag !== languages[0])
			.map((tag) => ({ value: tag, label: contentLanguageName(tag, reader) })),
		status: status.map((row) => ({ ...row, name: contentLanguageName(row.locale, reader) })),
		maxMegabytes: maxTranslationBytes / 1024 / 1024
	};
}

/**
 * The import action: applies the uploaded file with `apply`, or lists every problem with it (nothing
 * changed). Call it once the route has checked who posts: others are refused before a byte is read.
 */
export async function importTranslationAction(
	request: Request,
	apply: (input: { target: string }, content: Uint8Array) => Promise<{ locale: ContentLocale; count: number }>
) {
	const read = await attempt({}, () => readUploadForm(request, 'translation_too_large'));
	if (!read.ok) return read.failure;
	const target = read.value.get('target');
	const file = read.value.get('file');
	const values = { target: typeof target === 'string' ? target : '' };
	const content = file instanceof File ? new Uint8Array(await file.arrayBuffer()) : new Uint8Array();
	const result = await attempt(
		values,
		() => apply(values, content),
		(refusal) => ({ problems: (refusal.details?.problems ?? []) as TranslationProblem[] })
	);
	if (!result.ok) return result.failure;
	return { translated: result.value.count, language: contentLanguageName(result.value.locale, getLocale()) };
}

/** The file download: `?target=ti&format=xliff` (XLIFF 1.2) or `format=xlsx` (a column per language). */
export async function translationFileResponse(
	url: URL,
	download: (input: { target: string; format: string }) => Promise<TranslationDownload>
): Promise<Response> {
	const input = {
		target: url.searchParams.get('target') ?? '',
		format: url.searchParams.get('format') ?? 'xliff'
	};
	try {
		const file = await download(input);
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
}
