import { redirect } from '@sveltejs/kit';
import { normaliseCertificateCode } from '#lib/server/events/certificate-code.js';
import type { PageServerLoad } from './$types';

// A light public page: no JavaScript.
export const csr = false;

/** The code typed in the form (a GET form, so the result's address can be shared) opens its page. */
export const load: PageServerLoad = ({ url }) => {
	const typed = url.searchParams.get('code');
	if (typed === null) return { typed: '', errors: undefined };
	if (typed.trim() === '') return { typed, errors: { code: ['required'] } };
	redirect(303, `/certificates/${encodeURIComponent(normaliseCertificateCode(typed) ?? typed.trim())}`);
};
