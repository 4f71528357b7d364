import { getRegistrationOutcome } from '#lib/server/events/registration.js';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ params }) => ({
	outcome: await getRegistrationOutcome(params.id, params.registrationId)
});
