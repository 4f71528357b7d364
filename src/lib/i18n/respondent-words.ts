// The words of MHub's own on the pages a respondent opens (buttons, problems, dates), as the server
// picked them for the respondent's language: each word carries the language it is in, so a word
// missing in that language is shown in another (the author's fallback, else English) and marked as such. Shared by server and browser;
// the dictionaries stay on the server (src/lib/server/i18n/respondent-words.ts).
import { languageDirection } from './content-languages.js';

/**
 * The words each kind of page a respondent opens uses, as keys of the interface messages
 * (messages/<area>/en.json has them all): a page receives only its own.
 */
export const respondentWordSets = {
	certificate: [
		'attendance_verify_languages',
		'attendance_verify_unknown',
		'attendance_verify_unknown_text',
		'attendance_verify_revoked',
		'attendance_verify_revoked_text',
		'attendance_verify_valid',
		'attendance_verify_valid_text',
		'attendance_verify_awarded_to',
		'attendance_verify_event',
		'attendance_verify_dates',
		'attendance_verify_place',
		'attendance_verify_issued_on',
		'attendance_verify_code_printed',
		'attendance_verify_download',
		'attendance_verify_another',
		'attendance_online',
		'attendance_certificate_title',
		'attendance_certificate_certifies',
		'attendance_certificate_completed',
		'attendance_certificate_issued_on',
		'attendance_certificate_code',
		'attendance_certificate_verify_at'
	],
	survey: [
		'survey_respond_languages',
		'survey_respond_required',
		'survey_respond_answer_if',
		'survey_respond_and',
		'survey_respond_condition_equals',
		'survey_respond_condition_not_equals',
		'survey_respond_condition_includes',
		'survey_respond_condition_answered',
		'survey_respond_condition_greater_than',
		'survey_respond_condition_less_than',
		'survey_respond_other',
		'survey_respond_other_text',
		'survey_respond_yes',
		'survey_respond_no',
		'survey_respond_choose',
		'survey_respond_submit',
		'survey_respond_save',
		'survey_respond_has_errors',
		'survey_respond_error_required',
		'survey_respond_error_invalid_number',
		'survey_respond_error_out_of_range',
		'survey_respond_error_too_short',
		'survey_respond_error_too_long',
		'survey_respond_error_pattern_mismatch',
		'survey_respond_error_invalid_email',
		'survey_respond_error_invalid_date',
		'survey_respond_error_invalid_country',
		'survey_respond_error_invalid_choice',
		'survey_respond_error_other_required',
		'survey_respond_error_invalid_text',
		'survey_respond_thanks_title',
		'survey_respond_thanks',
		'survey_respond_saved',
		'survey_respond_saved_invitation',
		'survey_respond_not_yet_open',
		'survey_respond_opens_on',
		'survey_respond_closed',
		'survey_respond_complete',
		'survey_respond_closes_on',
		'survey_respond_scale_ends'
	],
	delphi: [
		'delphi_panel_languages',
		'delphi_panel_waiting',
		'delphi_panel_waiting_after',
		'delphi_panel_not_yet',
		'delphi_panel_closed',
		'delphi_panel_round',
		'delphi_panel_until',
		'delphi_panel_saved',
		'delphi_panel_submitted',
		'delphi_panel_already_submitted',
		'delphi_panel_scale_five',
		'delphi_panel_scale_nine',
		'delphi_panel_unable_hint',
		'delphi_panel_feedback_hint',
		'delphi_panel_small_groups',
		'delphi_panel_anonymity',
		'delphi_panel_last_round',
		'delphi_everyone',
		'delphi_other_groups',
		'delphi_col_group',
		'delphi_col_median',
		'delphi_col_iqr',
		'delphi_panel_too_few_ratings',
		'delphi_panel_you_were_unable',
		'delphi_panel_you_did_not_rate',
		'delphi_panel_your_rating',
		'delphi_panel_rating_for',
		'delphi_panel_unable',
		'delphi_panel_comment',
		'delphi_panel_suggestions',
		'delphi_panel_suggestions_hint',
		'delphi_panel_save',
		'delphi_panel_submit',
		'form_has_errors',
		'delphi_error_rating_required',
		'delphi_error_outside_scale',
		'delphi_error_round_not_open',
		'directory_error_invalid_choice',
		'directory_error_too_long'
	],
	event: [
		'registration_page_languages',
		'registration_event_dates',
		'registration_event_place',
		'registration_online',
		'registration_event_language',
		'registration_event_places',
		'registration_places_left',
		'registration_waitlist_only',
		'registration_add_to_calendar',
		'registration_agenda',
		'registration_times_in_zone',
		'registration_agenda_break',
		'registration_speakers',
		'registration_facilitators',
		'registration_form_heading',
		'registration_approval_needed',
		'registration_closes_on',
		'registration_opens_on',
		'registration_is_closed',
		'registration_full_name',
		'registration_email',
		'registration_email_hint',
		'registration_country',
		'registration_profession',
		'registration_category',
		'registration_organisation',
		'registration_optional',
		'registration_choose',
		'registration_send_once',
		'registration_send',
		'directory_profession_physician',
		'directory_profession_nurse',
		'directory_profession_midwife',
		'directory_profession_psychologist',
		'directory_profession_social_worker',
		'directory_profession_law_enforcement_officer',
		'directory_profession_public_health_specialist',
		'directory_profession_researcher',
		'directory_profession_trainer',
		'directory_profession_cultural_mediator',
		'directory_profession_policy_maker',
		'directory_profession_other',
		'registration_category_academic',
		'registration_category_researcher',
		'registration_category_student',
		'registration_category_institution',
		'registration_category_social_worker',
		'registration_category_international_organisation',
		'registration_category_civil_society',
		'registration_category_focal_point',
		'form_has_errors',
		'field_required',
		'field_invalid',
		'directory_error_too_long',
		'directory_error_invalid_text',
		'directory_error_invalid_email',
		'directory_error_invalid_country',
		'directory_error_unknown_country',
		'directory_error_invalid_choice',
		'registration_error_closed',
		'registration_error_not_open_yet',
		'registration_error_too_many',
		'registration_sent_heading',
		'registration_sent_text',
		'registration_sent_no_mail',
		'registration_back_to_event',
		'registration_result_heading',
		'registration_result_confirmed',
		'registration_result_pending',
		'registration_result_waitlisted',
		'registration_result_declined',
		'registration_result_cancelled',
		'registration_result_mail_sent',
		'registration_reason',
		'registration_reason_capacity_full',
		'registration_reason_country_quota_full',
		'registration_reason_category_quota_full',
		'registration_reason_not_eligible',
		'registration_reason_places_allocated',
		'registration_reason_other'
	]
} as const;
export type RespondentPage = keyof typeof respondentWordSets;
export type RespondentWordKey<Page extends RespondentPage = RespondentPage> =
	(typeof respondentWordSets)[Page][number];

/** Every respondent word, whatever the page (a word several pages use, once). */
export const respondentWordKeys: readonly RespondentWordKey[] = [
	...new Set(Object.values(respondentWordSets).flat())
];

/** A word as written, `{name}` standing for what the page fills in, and the language it is in. */
export type RespondentWord = { text: string; lang: string };
/** The words of one kind of page, as the server picked them for the respondent's language. */
export type RespondentWords<Page extends RespondentPage = 'survey'> = Record<
	RespondentWordKey<Page>,
	RespondentWord
>;

/** The `{name}` placeholders a word has, in order. */
export const placeholdersOf = (text: string): string[] =>
	[...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1]);

/** A word with its placeholders filled in. */
export const say = (word: RespondentWord, inputs: Record<string, string | number> = {}): string =>
	word.text.replace(/\{(\w+)\}/g, (whole, name: string) => String(inputs[name] ?? whole));

/** The `lang` and `dir` that mark a word written in another language than the text around it. */
export const marking = (word: RespondentWord, around?: string): { lang?: string; dir?: 'ltr' | 'rtl' } =>
	word.lang === around ? {} : { lang: word.lang, dir: languageDirection(word.lang) };
