// The Translations pages' server parts, for anything with a translators' round trip (surveys, Delphi
// studies, training packages, frameworks): the page's data, the download route and the import action.
import { error, type RequestEvent } from '@sveltejs/kit';
import {
	contentLanguageName,
	contentLanguagesByName,
	type ContentLocale
} from '../../i18n/content-languages.js';
import { getLocale } from '../../paraglide/runtime.js';
import type { Actor } from '../auth/actor.js';
import { isDomainError } from '../errors.js';
import { downloadHeaders } from '../files/files.js';
import {
	maxTranslationBytes,
	translationStatus,
	type TranslationDownload
} from '../translation/translations.js';
import type { SubjectTexts, TranslationProblem } from '../translation/units.js';
import { attempt } from './forms.js';
import { readUploadForm } from './upload.js';

/** What the page offers: the source language's name, the languages to translate into, the upload limit. */
function translationChoices(source: ContentLocale) {
	const reader = getLocale();
	return {
		source: contentLanguageName(source, reader),
		languages: contentLanguagesByName(reader)
			.filter((tag) => tag !== source)
			.map((tag) => ({ value: tag, label: contentLanguageName(tag, reader) })),
		maxMegabytes: maxTranslationBytes / 1024 / 1024
	};
}

/**
 * The page's load for a kind of thing at `/<place>/<id>` (`translationsOf(…).textsOf`, which refuses
 * whoever may not translate it): its title in its main language, its page, the choices, and how far
 * each of its other languages is (texts missing, translations outdated).
 */
export const translationPageLoad =
	(textsOf: (actor: Actor, id: string) => Promise<SubjectTexts>, place: string) =>
	async ({ locals, params }: RequestEvent<{ id: string }>) => {
		const texts = await textsOf(locals.actor, params.id);
		const reader = getLocale();
		return {
			title: texts.title,
			href: `${place}/${params.id}`,
			choices: translationChoices(texts.languages[0]),
			status: (await translationStatus(texts)).map((row) => ({
				...row,
				name: contentLanguageName(row.locale, reader)
			}))
		};
	};

type Exporter = (
	actor: Actor,
	id: string,
	input: { target: string; format: string }
) => Promise<TranslationDownload>;
type Importer = (
	actor: Actor,
	id: string,
	input: { target: string },
	content: Uint8Array
) => Promise<{ locale: ContentLocale; count: number }>;

/**
 * The download route (`file/+server.ts`): the texts as a file for one target language,
 * `?target=ti&format=xliff` for a CAT tool (XLIFF 1.2), `format=xlsx` for a spreadsheet.
 */
export const translationDownload =
	(exporter: Exporter) =>
	async ({ locals, params, url }: RequestEvent<{ id: string }>): Promise<Response> => {
		const input = {
			target: url.searchParams.get('target') ?? '',
			format: url.searchParams.get('format') ?? 'xliff'
		};
		try {
			const file = await exporter(locals.actor, params.id, input);
			return new Response(new Uint8Array(file.content), {
				headers: {
					...downloadHeaders({
						name: file.fileName,
						mediaType: file.mediaType,
						byteSize: file.content.length
					}),
					'cache-control': 'private, no-store'
				}
			});
		} catch (thrown) {
			// A language or format not chosen from the page's lists.
			if (isDomainError(thrown) && thrown.code === 'invalid') error(400, 'Choose a language from the list');
			throw thrown;
		}
	};

/**
 * The page's `import` action: applies a translated file, or lists every problem with it (nothing
 * changed). `allowed` throws for whoever may not translate, before a byte of the upload is read.
 */
export const translationImport =
	(allowed: (actor: Actor, id: string) => Promise<unknown>, importer: Importer) =>
	async ({ locals, params, request }: RequestEvent<{ id: string }>) => {
		await allowed(locals.actor, params.id);
		const read = await attempt({}, () => readUploadForm(request, 'translation_too_large'));
		if (!read.ok) return read.failure;
		const target = read.value.get('target');
		const file = read.value.get('file');
		const values = { target: typeof target === 'string' ? target : '' };
		const content = file instanceof File ? new Uint8Array(await file.arrayBuffer()) : new Uint8Array();
		const result = await attempt(
			values,
			() => importer(locals.actor, params.id, values, content),
			(refusal) => ({ problems: (refusal.details?.problems ?? []) as TranslationProblem[] })
		);
		if (!result.ok) return result.failure;
		return {
			translated: result.value.count,
			language: contentLanguageName(result.value.locale, getLocale())
		};
	};
