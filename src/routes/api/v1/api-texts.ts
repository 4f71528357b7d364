// The words of the OpenAPI document in one language: English for openapi.json, the reader's on the
// reference page. Kept with the routes because only the web edge may use Paraglide.
import * as m from '#lib/paraglide/messages.js';
import type { Locale } from '#lib/paraglide/runtime.js';
import type { ApiTexts } from '#lib/server/api/openapi.js';

type Message = (inputs: Record<string, never>, options: { locale: Locale }) => string;

const operations: Record<string, { summary: Message; description: Message }> = {
	listCountries: {
		summary: m.api_op_list_countries_summary,
		description: m.api_op_list_countries_description
	},
	getCountry: { summary: m.api_op_get_country_summary, description: m.api_op_get_country_description },
	listOrganisations: {
		summary: m.api_op_list_organisations_summary,
		description: m.api_op_list_organisations_description
	},
	getOrganisation: {
		summary: m.api_op_get_organisation_summary,
		description: m.api_op_get_organisation_description
	},
	createOrganisation: {
		summary: m.api_op_create_organisation_summary,
		description: m.api_op_create_organisation_description
	},
	updateOrganisation: {
		summary: m.api_op_update_organisation_summary,
		description: m.api_op_update_organisation_description
	},
	archiveOrganisation: {
		summary: m.api_op_archive_organisation_summary,
		description: m.api_op_archive_organisation_description
	},
	listPeople: { summary: m.api_op_list_people_summary, description: m.api_op_list_people_description },
	getPerson: { summary: m.api_op_get_person_summary, description: m.api_op_get_person_description },
	createPerson: { summary: m.api_op_create_person_summary, description: m.api_op_create_person_description },
	updatePerson: { summary: m.api_op_update_person_summary, description: m.api_op_update_person_description },
	archivePerson: {
		summary: m.api_op_archive_person_summary,
		description: m.api_op_archive_person_description
	},
	listSurveys: { summary: m.api_op_list_surveys_summary, description: m.api_op_list_surveys_description },
	getSurvey: { summary: m.api_op_get_survey_summary, description: m.api_op_get_survey_description },
	getSurveyResults: {
		summary: m.api_op_get_survey_results_summary,
		description: m.api_op_get_survey_results_description
	},
	listDelphiStudies: {
		summary: m.api_op_list_delphi_studies_summary,
		description: m.api_op_list_delphi_studies_description
	},
	getDelphiStudyResults: {
		summary: m.api_op_get_delphi_study_results_summary,
		description: m.api_op_get_delphi_study_results_description
	},
	listFrameworks: {
		summary: m.api_op_list_frameworks_summary,
		description: m.api_op_list_frameworks_description
	},
	getFrameworkVersion: {
		summary: m.api_op_get_framework_version_summary,
		description: m.api_op_get_framework_version_description
	},
	getEventEvaluationPlan: {
		summary: m.api_op_get_event_evaluation_plan_summary,
		description: m.api_op_get_event_evaluation_plan_description
	},
	getEventEvaluationResults: {
		summary: m.api_op_get_event_evaluation_results_summary,
		description: m.api_op_get_event_evaluation_results_description
	},
	listProgrammeEvaluatedEvents: {
		summary: m.api_op_list_programme_evaluated_events_summary,
		description: m.api_op_list_programme_evaluated_events_description
	}
};

const statuses: Record<number, Message> = {
	200: m.api_status_200,
	201: m.api_status_201,
	400: m.api_status_400,
	401: m.api_status_401,
	403: m.api_status_403,
	404: m.api_status_404,
	409: m.api_status_409,
	413: m.api_status_413,
	415: m.api_status_415
};

const parameters: Record<string, Message> = {
	code: m.api_param_code,
	id: m.api_param_id,
	page: m.api_param_page,
	pageSize: m.api_param_page_size,
	q: m.api_param_q,
	locale: m.api_param_locale,
	region: m.api_param_region,
	type: m.api_param_type,
	country: m.api_param_country,
	includeArchived: m.api_param_include_archived,
	profession: m.api_param_profession,
	expertise: m.api_param_expertise,
	language: m.api_param_language,
	organisation: m.api_param_organisation,
	number: m.api_param_number
};

/** Throws for a text that does not exist, so a new operation cannot ship undocumented. */
function required(message: Message | undefined, what: string, locale: Locale): string {
	if (!message) throw new Error(`no text for ${what}: add it to messages/api and api-texts.ts`);
	return message({}, { locale });
}

export function apiTexts(locale: Locale): ApiTexts {
	const options = { locale };
	return {
		title: m.api_title({}, options),
		description: m.api_description({}, options),
		bearer: m.api_bearer({}, options),
		tags: {
			countries: m.api_tag_countries({}, options),
			organisations: m.api_tag_organisations({}, options),
			people: m.api_tag_people({}, options),
			surveys: m.api_tag_surveys({}, options),
			delphi: m.api_tag_delphi({}, options),
			frameworks: m.api_tag_frameworks({}, options),
			evaluation: m.api_tag_evaluation({}, options)
		},
		operation: (id) => ({
			summary: required(operations[id]?.summary, `operation ${id}`, locale),
			description: required(operations[id]?.description, `operation ${id}`, locale)
		}),
		response: (status) => required(statuses[status], `status ${status}`, locale),
		header: (name) =>
			name === 'Location' ? m.api_header_location({}, options) : m.api_header_www_authenticate({}, options),
		parameter: (name) => required(parameters[name], `parameter ${name}`, locale)
	};
}
