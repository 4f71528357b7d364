// Every key that validation and domain code put in field errors, in the reader's language.
import * as m from '../paraglide/messages.js';

const fieldErrorText: Record<string, () => string> = {
	required: m.field_required,
	// Dates, numbers and repeated rows, in any form
	invalid_date: m.field_invalid_date,
	invalid_number: m.field_invalid_number,
	ends_before_start: m.field_ends_before_start,
	duplicate_row: m.field_duplicate_row,
	// Programmes
	country_not_in_programme: m.field_country_not_in_programme,
	// Accounts and roles
	invalid_email: m.directory_error_invalid_email,
	email_taken: m.account_error_email_taken,
	password_too_short: m.password_too_short,
	password_too_long: m.account_error_password_too_long,
	passwords_differ: m.passwords_differ,
	invalid_link: m.link_expired,
	link_expired: m.link_expired,
	wrong_credentials: m.sign_in_wrong_credentials,
	choose_a_role: m.account_error_choose_a_role,
	choose_a_country: m.account_error_choose_a_country,
	invalid_programme: m.account_error_invalid_programme,
	administrator_platform_only: m.account_error_administrator_platform_only,
	focal_point_needs_countries: m.account_error_focal_point_needs_countries,
	// The network directory
	too_long: m.directory_error_too_long,
	too_many: m.directory_error_too_many,
	invalid_text: m.directory_error_invalid_text,
	localized_required: m.directory_error_localized_required,
	invalid_country: m.directory_error_invalid_country,
	unknown_country: m.directory_error_unknown_country,
	country_outside_scope: m.directory_error_country_outside_scope,
	invalid_language: m.directory_error_invalid_language,
	invalid_website: m.directory_error_invalid_website,
	invalid_choice: m.directory_error_invalid_choice,
	unknown_organisation: m.directory_error_unknown_organisation,
	invalid_page: m.directory_error_invalid_page,
	invalid_page_size: m.directory_error_invalid_page_size,
	forbidden: m.directory_error_forbidden,
	not_found: m.directory_error_not_found,
	// Training packages (programme choices share the events' keys)
	choose_an_edition: m.packages_error_choose_an_edition,
	invalid_duration: m.packages_error_invalid_duration,
	invalid_position: m.packages_error_invalid_position,
	invalid_url: m.packages_error_invalid_url,
	file_too_large: m.packages_error_file_too_large,
	file_type_not_accepted: m.packages_error_file_type_not_accepted,
	package_has_no_sessions: m.packages_error_package_has_no_sessions,
	no_change_since_latest_version: m.packages_error_no_change_since_latest_version,
	// Events: their place, quotas, cascade and agenda
	invalid_time: m.events_error_invalid_time,
	invalid_date_time: m.events_error_invalid_date_time,
	invalid_time_zone: m.events_error_invalid_time_zone,
	invalid_places: m.events_error_invalid_places,
	invalid_percent: m.events_error_invalid_percent,
	quotas_over_capacity: m.events_error_quotas_over_capacity,
	closes_before_opens: m.events_error_closes_before_opens,
	tot_only_for_cascade: m.events_error_tot_only_for_cascade,
	unknown_programme: m.events_error_unknown_programme,
	programme_outside_scope: m.events_error_programme_outside_scope,
	unknown_package_version: m.events_error_unknown_package_version,
	unknown_tot_event: m.events_error_unknown_tot_event,
	trainer_not_from_tot: m.events_error_trainer_not_from_tot,
	not_a_trainer: m.events_error_not_a_trainer,
	outside_event_days: m.events_error_outside_event_days,
	// Participants imports (files refused as a whole, and rows refused one by one)
	import_wrong_type: m.participants_error_wrong_type,
	import_too_large: m.participants_error_too_large,
	import_empty: m.participants_error_empty,
	import_missing_columns: m.participants_error_missing_columns,
	import_too_many_rows: m.participants_error_too_many_rows,
	import_failed: m.participants_error_failed,
	already_registered: m.participants_problem_already_registered,
	duplicate_in_file: m.participants_problem_duplicate_in_file,
	// Registration for events, and decisions on registrations
	registration_closed: m.registration_error_closed,
	registration_not_open_yet: m.registration_error_not_open_yet,
	email_already_registered: m.registration_error_already_registered,
	decision_not_possible: m.registration_error_decision_not_possible
};

/** A field-error key in the reader's language; an unknown key reads "not valid". */
export const fieldErrorMessage = (key: string): string => (fieldErrorText[key] ?? m.field_invalid)();
