// Every key that validation and domain code put in field errors, in the reader's language.
import * as m from '../paraglide/messages.js';

const fieldErrorText: Record<string, () => string> = {
	required: m.field_required,
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
	// Participants imports (files refused as a whole, and rows refused one by one)
	import_wrong_type: m.participants_error_wrong_type,
	import_too_large: m.participants_error_too_large,
	import_empty: m.participants_error_empty,
	import_missing_columns: m.participants_error_missing_columns,
	import_too_many_rows: m.participants_error_too_many_rows,
	import_failed: m.participants_error_failed,
	already_registered: m.participants_problem_already_registered,
	duplicate_in_file: m.participants_problem_duplicate_in_file
};

/** A field-error key in the reader's language; an unknown key reads "not valid". */
export const fieldErrorMessage = (key: string): string => (fieldErrorText[key] ?? m.field_invalid)();
