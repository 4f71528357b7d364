import { listMail } from '#lib/server/mail/outbox.js';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = ({ locals }) => listMail(locals.actor);
