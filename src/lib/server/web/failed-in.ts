// A refusal marked with the form it came from, for pages that hold several forms.
import { fail, type ActionFailure } from '@sveltejs/kit';
import type { FormFailure } from './forms.js';

export const failedIn = (form: string, failure: ActionFailure<FormFailure>) =>
	fail(failure.status, { ...failure.data, form });
