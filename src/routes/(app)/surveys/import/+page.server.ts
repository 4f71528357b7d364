import { fail, redirect } from '@sveltejs/kit';
import { getLocale } from '#lib/paraglide/runtime.js';
import type { Localized } from '#lib/i18n/localized.js';
import { questionsOf } from '#lib/surveys/definition.js';
import { authorize } from '#lib/server/auth/authorize.js';
import { createSurvey, surveyProgrammeChoices } from '#lib/server/surveys/surveys.js';
import { startsAsZip } from '#lib/server/files/zip.js';
import { parseXlsForm, type ParsedXlsForm } from '#lib/server/surveys/xlsform/parse.js';
import { attempt } from '#lib/server/web/forms.js';
import { readUploadForm } from '#lib/server/web/upload.js';
import type { Actions, PageServerLoad } from './$types';

const maxMegabytes = 5;
const maxBytes = maxMegabytes * 1024 * 1024;
/** Problems listed on the page; a workbook with more has the first ones corrected first. */
const problemsShown = 300;

export const load: PageServerLoad = async ({ locals }) => {
	authorize(locals.actor, 'create', 'survey');
	return { programmes: await surveyProgrammeChoices(locals.actor, getLocale()), maxMegabytes };
};

const text = (value: FormDataEntryValue | null) => (typeof value === 'string' ? value.trim() : '');

/** What is wrong with the upload before reading it: no file, too large, or not a ZIP (XLSX) file. */
async function uploaded(
	entry: FormDataEntryValue | null
): Promise<{ ok: false; problem: string } | { ok: true; name: string; content: Buffer }> {
	if (!(entry instanceof File) || entry.size === 0) return { ok: false, problem: 'import_empty' };
	if (entry.size > maxBytes) return { ok: false, problem: 'import_too_large' };
	const content = Buffer.from(await entry.arrayBuffer());
	if (!startsAsZip(content)) return { ok: false, problem: 'import_wrong_type' };
	return { ok: true, name: entry.name, content };
}

/** The form's title, else the file's name: a survey needs one. */
function titleOf(parsed: ParsedXlsForm, fileName: string): Localized {
	if (Object.keys(parsed.title).length > 0)
		return Object.fromEntries(
			Object.entries(parsed.title).map(([locale, title]) => [locale, title.slice(0, 300)])
		);
	return {
		[parsed.languages[0] ?? 'en']:
			fileName
				.replace(/\.xlsx$/i, '')
				.trim()
				.slice(0, 300) || 'XLSForm'
	};
}

export const actions: Actions = {
	/**
	 * Reads the workbook. Refused: its problems, nothing created. Imported whole: the survey is
	 * created at once. Imported with parts left out: those parts, and a button that creates the
	 * survey from what was read (carried in the page, so the file is not sent twice).
	 */
	check: async ({ locals, request }) => {
		// Who posts is known before a byte of the upload is read: the public is refused unread.
		authorize(locals.actor, 'create', 'survey');
		const read = await attempt({}, () => readUploadForm(request, 'import_too_large'));
		if (!read.ok) return read.failure;
		const data = read.value;
		const values = { programmeId: text(data.get('programmeId')) };
		if (!values.programmeId) return fail(400, { fields: { programmeId: ['required'] }, values });
		const file = await uploaded(data.get('file'));
		if (!file.ok) return fail(400, { fields: { file: [file.problem] }, values });
		const checked = await attempt(values, () => parseXlsForm(file.content));
		if (!checked.ok) return checked.failure;
		const parsed = checked.value;
		if (parsed.errors.length > 0)
			return fail(400, {
				values,
				fileName: file.name,
				refused: parsed.errors.slice(0, problemsShown),
				refusedCount: parsed.errors.length
			});
		const survey = {
			title: titleOf(parsed, file.name),
			languages: parsed.languages,
			definition: parsed.definition
		};
		if (parsed.unsupported.length === 0) {
			const created = await attempt(values, () => createSurvey(locals.actor, { ...values, ...survey }));
			if (!created.ok) return created.failure;
			redirect(303, `/surveys/${created.value.id}`);
		}
		return {
			values,
			fileName: file.name,
			unsupported: parsed.unsupported.slice(0, problemsShown),
			unsupportedCount: parsed.unsupported.length,
			summary: {
				title: survey.title,
				questions: questionsOf(parsed.definition).length,
				sections: parsed.definition.sections.length
			},
			survey: JSON.stringify(survey)
		};
	},

	/** Creates the survey the check read; createSurvey validates it again like any other input. */
	create: async ({ locals, request }) => {
		authorize(locals.actor, 'create', 'survey');
		const read = await attempt({}, () => readUploadForm(request, 'import_too_large'));
		if (!read.ok) return read.failure;
		const data = read.value;
		const values = { programmeId: text(data.get('programmeId')) };
		let survey: unknown;
		try {
			survey = JSON.parse(text(data.get('survey')));
		} catch {
			return fail(400, { fields: { _: ['invalid'] }, values });
		}
		if (typeof survey !== 'object' || survey === null)
			return fail(400, { fields: { _: ['invalid'] }, values });
		const created = await attempt(values, () => createSurvey(locals.actor, { ...survey, ...values }));
		if (!created.ok) return created.failure;
		redirect(303, `/surveys/${created.value.id}`);
	}
};
