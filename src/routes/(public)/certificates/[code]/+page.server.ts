import { findCertificate } from '#lib/server/events/certificates.js';
import type { PageServerLoad } from './$types';

// A light public page, opened from a QR code on a phone: no JavaScript.
export const csr = false;

export const load: PageServerLoad = async ({ params }) => ({
	typed: params.code,
	certificate: await findCertificate(params.code)
});
