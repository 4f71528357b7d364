import { getRegistrationOutcome } from '#lib/server/events/registration/get-registration-outcome.js';
import { orHttpError } from '#lib/server/web/errors.js';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = ({ params }) =>
	orHttpError(async () => ({ outcome: await getRegistrationOutcome(params.id, params.registrationId) }));
