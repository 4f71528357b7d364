// Between the curriculum's HTML forms and the domain's input: flat form fields ("title.en",
// "objectives.2.fr") in, nested objects out; records shown back in the forms' flat shape.
import { localizedFields, nestFields, type FormFields } from '../forms/fields.js';
import type { Localized } from '../i18n/localized.js';
import { rowsOf } from '../ui/form-rows.js';
import type { ModuleContent, SessionContent } from './content.js';
import { maxObjectives } from './schemas.js';

/** The repeated fields (checkboxes) of the package and session forms. */
export const packageListFields = ['audiences', 'languages'] as const;
export const sessionListFields = ['methods', 'editions'] as const;

/** How many blank objectives a session form offers to fill in, beyond those written. */
export const blankObjectives = 2;

/** A package as the package form shows it. */
export function packageFields(record: {
	title: Localized;
	summary: Localized | null;
	programmeId: string | null;
	audiences: readonly string[];
	languages: readonly string[];
}): FormFields {
	return {
		...localizedFields('title', record.title),
		...localizedFields('summary', record.summary),
		programmeId: record.programmeId ?? '',
		audiences: [...record.audiences],
		languages: [...record.languages]
	};
}

export function moduleFields(module: Pick<ModuleContent, 'title' | 'topic' | 'summary'>): FormFields {
	return {
		...localizedFields('title', module.title),
		topic: module.topic ?? '',
		...localizedFields('summary', module.summary)
	};
}

/** A session as the session form shows it: one row of fields per objective ("objectives.0.en"). */
export function sessionFields(session: SessionContent): FormFields {
	return {
		...localizedFields('title', session.title),
		...Object.assign(
			{},
			...session.objectives.map((objective, index) => localizedFields(`objectives.${index}`, objective))
		),
		durationMinutes: String(session.durationMinutes),
		methods: [...session.methods],
		editions: [...session.editions],
		...localizedFields('trainerNotes', session.trainerNotes)
	};
}

/** The objective rows a session form shows: up to the last one written, then blank ones. */
export function objectiveRows(values: FormFields): number[] {
	const written = Object.entries(values)
		.filter(([, value]) => typeof value === 'string' && value.trim() !== '')
		.map(([key]) => /^objectives\.(\d+)\./.exec(key)?.[1])
		.filter((index): index is string => index !== undefined)
		.map(Number);
	const count = Math.min(
		maxObjectives,
		(written.length > 0 ? Math.max(...written) + 1 : 0) + blankObjectives
	);
	return Array.from({ length: count }, (_, index) => index);
}

/** The session form's input: objectives left blank in every language are dropped. */
export function sessionInput(values: FormFields): Record<string, unknown> {
	const rest = Object.fromEntries(Object.entries(values).filter(([key]) => !key.startsWith('objectives.')));
	return { ...nestFields(rest), objectives: rowsOf(values, 'objectives') };
}
