import { listPersonalLinks, personalEvaluationPath } from '#lib/server/evaluation/links.js';
import { absoluteLink } from '#lib/server/web/links.js';
import { qrCodeDrawing } from '#lib/server/web/qr-code.js';
import type { PageServerLoad } from './$types';

/** Each confirmed participant's name and personal link, with its QR code, for the sheet to print. */
export const load: PageServerLoad = async ({ locals, params }) => ({
	people: (await listPersonalLinks(locals.actor, params.id)).map(({ registrationId, fullName, token }) => {
		const link = absoluteLink(personalEvaluationPath(token));
		return { registrationId, fullName, link, qr: qrCodeDrawing(link) };
	})
});
