import { getRegistrationOutcome } from '#lib/server/events/registration/get-registration-outcome.js';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ params }) => ({
	outcome: await getRegistrationOutcome(params.id, params.registrationId)
});
