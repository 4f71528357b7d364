// Validation of consensus frameworks, their sections and components, shared by the forms and the
// server. Error messages are message keys (see ui/field-errors.ts); that a programme or a study
// exists, and that a statement was accepted by the study, are checked by the domain.
import { z } from 'zod';
import { contentLocales } from '../i18n/localized.js';
import { optional, optionalLocalized, requiredLocalized } from '../validation/common.js';

const frameworkFields = {
	title: requiredLocalized(300),
	summary: optionalLocalized(4000),
	/** The Delphi study whose accepted statements the components rest on; none for a framework written freely. */
	studyId: optional(z.uuid({ error: 'unknown_study' }))
};

export const FrameworkCreateSchema = z.object({
	...frameworkFields,
	programmeId: z.uuid({ error: 'unknown_programme' })
});

/** Fields left out stay as they are; blank clears an optional one. The programme never changes. */
export const FrameworkUpdateSchema = z.object(frameworkFields).partial();

export const SectionSchema = z.object({ title: requiredLocalized(300) });

export const ComponentCreateSchema = z.object({
	title: requiredLocalized(300),
	description: optionalLocalized(4000)
});
export const ComponentUpdateSchema = ComponentCreateSchema.partial();

/** Where to move a section or component: its new place, counting from 1; a component may change section. */
export const FrameworkMoveSchema = z.object({
	position: z.coerce
		.number({ error: 'invalid_position' })
		.int({ error: 'invalid_position' })
		.min(1, { error: 'invalid_position' })
		.max(1000, { error: 'invalid_position' }),
	sectionId: optional(z.uuid({ error: 'not_found' }))
});

/** The statements a component rests on: the whole set, as the form's checkboxes send it. */
export const ComponentStatementsSchema = z.object({
	statementIds: z
		.array(z.uuid({ error: 'statement_not_accepted' }), { error: 'invalid_choice' })
		.max(500, { error: 'too_many' })
		.transform((ids) => [...new Set(ids)].sort())
});

/** The components a training module implements: the whole set, as the form's checkboxes send it. */
export const ModuleCitationsSchema = z.object({
	componentIds: z
		.array(z.uuid({ error: 'component_not_published' }), { error: 'invalid_choice' })
		.max(500, { error: 'too_many' })
		.transform((ids) => [...new Set(ids)].sort())
});

/** The language a framework's PDF is written in (not necessarily the reader's interface language). */
export const PdfLanguageSchema = z.enum(contentLocales, { error: 'invalid_language' });
