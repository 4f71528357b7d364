import { homeOf } from '#lib/server/home/home.js';
import type { PageServerLoad } from './$types';

// Signed in: what needs the person, a section per role; the public keeps the welcome page.
export const load: PageServerLoad = async ({ locals }) => ({
	home: locals.actor.kind === 'user' ? await homeOf(locals.actor) : null
});
