// A published framework as a printable document in one language: its sections, components with
// their descriptions, and under each component the statements it rests on with a compact trace.
// The words around the content come translated from the caller; the content's own texts are shown
// in the document's language, else another one, marked with its language.
import type { FrameworkContent, StatementTrace } from '../../frameworks/content.js';
import { pickLocalized, type ContentLocale, type Localized } from '../../i18n/localized.js';
import { createPdf, type PdfText } from '../pdf/document.js';

/** The document's own words, in its language. */
export type FrameworkPdfWords = {
	/** What this is: the version and its date. */
	subtitle: string;
	/** The study it comes from, empty for none. */
	study: string;
	statements: string;
	noStatements: string;
	/** A statement's trace: one line per round, then the meeting. */
	trace: (trace: StatementTrace) => string[];
};

export async function frameworkPdf(
	content: FrameworkContent,
	options: { locale: ContentLocale; words: FrameworkPdfWords }
): Promise<Buffer> {
	const { locale, words } = options;
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
	if (words.study) pdf.paragraph(words.study, 'note');
	const summary = text(content.summary);
	if (summary) pdf.paragraph(summary);

	content.sections.forEach((section, sectionIndex) => {
		pdf.heading(text(section.title, `${sectionIndex + 1}. `) ?? '', 2);
		section.components.forEach((component, componentIndex) => {
			pdf.heading(text(component.title, `${sectionIndex + 1}.${componentIndex + 1} `) ?? '', 3);
			const description = text(component.description);
			if (description) pdf.paragraph(description);
			if (component.statements.length === 0) {
				if (content.study) pdf.paragraph(words.noStatements, 'note');
				return;
			}
			pdf.paragraph(words.statements);
			for (const statement of component.statements) {
				pdf.bullets([text(statement.text) ?? '']);
				pdf.bullets(words.trace(statement), 'note');
			}
		});
	});
	return pdf.finish();
}
