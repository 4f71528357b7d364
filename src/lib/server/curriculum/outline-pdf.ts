// A printable outline of a package (a version or the draft, in one edition), in the reader's
// language. The words around the content come translated from the caller; the content's own texts
// are shown in the reader's language, else another one, marked with its language.
import type { MaterialContent, PackageContent, SessionContent } from '../../curriculum/content.js';
import { totalMinutes } from '../../curriculum/content.js';
import { pickLocalized, type ContentLocale, type Localized } from '../../i18n/localized.js';
import { createPdf, type PdfText } from '../pdf/document.js';

/** The outline's own words, in the reader's language. */
export type OutlineWords = {
	/** What this is: the edition, and the version with its date (or "draft"). */
	subtitle: string;
	/** The audiences line, empty when the package names none. */
	audiences: string;
	overview: string;
	columns: { module: string; sessions: string; duration: string };
	duration: (minutes: number) => string;
	sessionDetails: (session: SessionContent) => string;
	objectives: string;
	trainerNotes: string;
	materials: string;
	material: (material: MaterialContent) => string;
};

export async function outlinePdf(
	content: PackageContent,
	options: { locale: ContentLocale; words: OutlineWords }
): Promise<Buffer> {
	const { locale, words } = options;
	/** A text in the reader's language, or marked with the language it falls back to. */
	const text = (value: Localized | null, prefix = ''): PdfText | undefined => {
		const picked = pickLocalized(value, locale);
		if (!picked) return undefined;
		return picked.isFallback
			? { text: `${prefix}${picked.text}`, lang: picked.locale }
			: `${prefix}${picked.text}`;
	};
	const title = text(content.title) ?? '';
	const pdf = createPdf({ locale, title: typeof title === 'string' ? title : title.text });

	pdf.heading(title, 1);
	pdf.paragraph(words.subtitle, 'note');
	const summary = text(content.summary);
	if (summary) pdf.paragraph(summary);
	if (words.audiences) pdf.paragraph(words.audiences);

	pdf.heading(words.overview, 2);
	pdf.table(
		[
			{ header: words.columns.module, share: 0.6 },
			{ header: words.columns.sessions, share: 0.15 },
			{ header: words.columns.duration, share: 0.25 }
		],
		[
			...content.modules.map((module, index) => [
				text(module.title, `${index + 1}. `) ?? '',
				String(module.sessions.length),
				words.duration(totalMinutes(module.sessions))
			]),
			[
				'',
				String(content.modules.reduce((sum, module) => sum + module.sessions.length, 0)),
				words.duration(totalMinutes(content.modules.flatMap((module) => module.sessions)))
			]
		]
	);

	content.modules.forEach((module, moduleIndex) => {
		pdf.heading(text(module.title, `${moduleIndex + 1}. `) ?? '', 2);
		const moduleSummary = text(module.summary);
		if (moduleSummary) pdf.paragraph(moduleSummary);
		module.sessions.forEach((session, sessionIndex) => {
			pdf.heading(text(session.title, `${moduleIndex + 1}.${sessionIndex + 1} `) ?? '', 3);
			pdf.paragraph(words.sessionDetails(session), 'note');
			const objectives = session.objectives.flatMap((objective) => text(objective) ?? []);
			if (objectives.length > 0) {
				pdf.paragraph(words.objectives);
				pdf.bullets(objectives);
			}
			const notes = text(session.trainerNotes);
			if (notes) {
				pdf.paragraph(words.trainerNotes);
				pdf.paragraph(notes, 'note');
			}
			if (session.materials.length > 0) {
				pdf.paragraph(words.materials);
				pdf.bullets(session.materials.map((material) => words.material(material)));
			}
		});
	});
	return pdf.finish();
}
