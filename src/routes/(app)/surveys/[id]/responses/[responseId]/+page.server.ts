import { fail, redirect } from '@sveltejs/kit';
import {
	expertDraft,
	expertFields,
	guessExpertQuestions,
	guessPackageQuestions,
	packageDraft,
	packageFields,
	type ExpertField,
	type PackageField
} from '#lib/inventory/answer-mapping.js';
import { getLocale } from '#lib/paraglide/runtime.js';
import { listCountryChoices } from '#lib/server/directory/countries.js';
import {
	createExpertFromResponse,
	createPackageFromResponse,
	getResponseForRecords,
	organisationsLike
} from '#lib/server/inventory/from-response.js';
import { formValues } from '#lib/server/web/forms.js';
import { attemptRecord } from '#lib/server/web/attempt-record.js';
import type { Actions, PageServerLoad } from './$types';

/**
 * The questions chosen for each field: those the coordinator picked (a GET form sends `p.<field>`
 * for the package, `e.<field>` for the expert, and `mapped` to say a blank choice means none), or
 * the questions guessed from their names.
 */
function chosenQuestions<F extends string>(
	url: URL,
	prefix: string,
	fields: readonly F[],
	guessed: Partial<Record<F, string>>
): Partial<Record<F, string>> {
	if (!url.searchParams.has('mapped')) return guessed;
	return Object.fromEntries(
		fields.flatMap((field) => {
			const name = url.searchParams.get(`${prefix}.${field}`)?.trim();
			return name ? [[field, name]] : [];
		})
	) as Partial<Record<F, string>>;
}

export const load: PageServerLoad = async ({ locals, params, url }) => {
	const record = await getResponseForRecords(locals.actor, params.id, params.responseId);
	const { questions } = record.survey;
	const { answers } = record.response;
	const forPackage = chosenQuestions<PackageField>(url, 'p', packageFields, guessPackageQuestions(questions));
	const forExpert = chosenQuestions<ExpertField>(url, 'e', expertFields, guessExpertQuestions(questions));
	const expert = expertDraft(questions, answers, forExpert, record.response.countryCode);
	const [organisations, countries] = await Promise.all([
		organisationsLike(locals.actor, String(expert.organisation ?? '')),
		listCountryChoices(locals.actor, getLocale())
	]);
	return {
		record,
		forPackage,
		forExpert,
		packageDraft: packageDraft(questions, answers, forPackage),
		expertDraft: { ...expert, organisationId: organisations[0]?.id ?? '' },
		consented: forExpert.consent !== undefined && answers[forExpert.consent] === 'yes',
		organisations,
		countries: countries.map((country) => ({ code: country.code, name: country.name }))
	};
};

export const actions: Actions = {
	package: async ({ locals, params, request }) => {
		const values = formValues(await request.formData(), ['topics', 'audiences', 'languages']);
		const result = await attemptRecord(values, () =>
			createPackageFromResponse(locals.actor, params.id, params.responseId, values)
		);
		// Says which of the page's two forms was refused.
		if (!result.ok) return fail(result.failure.status, { ...result.failure.data, form: 'package' });
		redirect(303, `/inventory/${result.value.id}?created`);
	},
	expert: async ({ locals, params, request }) => {
		const values = formValues(await request.formData(), ['expertise', 'languages']);
		// The country is one choice; blank means none.
		const input = { ...values, countryCodes: values.countryCodes ? [values.countryCodes] : [] };
		const result = await attemptRecord(values, () =>
			createExpertFromResponse(locals.actor, params.id, params.responseId, input)
		);
		// Says which of the page's two forms was refused.
		if (!result.ok) return fail(result.failure.status, { ...result.failure.data, form: 'expert' });
		return { expertId: result.value.id };
	}
};
