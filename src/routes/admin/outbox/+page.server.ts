import { listMail } from '#lib/server/mail/outbox.js';
import { orHttpError } from '#lib/server/web/errors.js';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = ({ locals }) => orHttpError(() => listMail(locals.actor));
