// The outline's own words in the reader's language (the domain's PDF writer takes them ready-made).
import * as m from '#lib/paraglide/messages.js';
import { localizedText, type ContentLocale } from '#lib/i18n/localized.js';
import type { PackageContent } from '#lib/curriculum/content.js';
import { audienceLabel, durationText, editionLabel, methodLabel } from '#lib/curriculum/labels.js';
import type { Edition } from '#lib/curriculum/values.js';
import type { OutlineWords } from '#lib/server/curriculum/outline-pdf.js';

export function outlineWords(options: {
	content: PackageContent;
	edition: Edition;
	version: { number: number; publishedAt: Date } | null;
	locale: ContentLocale;
}): OutlineWords {
	const { content, edition, version, locale } = options;
	const date = (value: Date) => new Intl.DateTimeFormat(locale, { dateStyle: 'long' }).format(value);
	return {
		subtitle: [
			editionLabel[edition](),
			version
				? m.packages_version_published({ number: version.number, date: date(version.publishedAt) })
				: m.packages_draft_as_of({ date: date(new Date()) })
		].join(' · '),
		audiences:
			content.audiences.length > 0
				? m.packages_audiences_line({
						audiences: content.audiences.map((audience) => audienceLabel[audience]()).join(', ')
					})
				: '',
		overview: m.packages_overview(),
		columns: {
			module: m.packages_col_module(),
			sessions: m.packages_sessions(),
			duration: m.packages_col_duration()
		},
		duration: durationText,
		sessionDetails: (session) =>
			[durationText(session.durationMinutes), ...session.methods.map((method) => methodLabel[method]())].join(
				' · '
			),
		objectives: m.packages_field_objectives(),
		trainerNotes: m.packages_field_trainer_notes(),
		materials: m.packages_materials(),
		material: (material) =>
			`${localizedText(material.title, locale)} — ${material.url ?? material.file?.name ?? ''}`
	};
}
