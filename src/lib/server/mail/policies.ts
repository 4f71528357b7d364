// Who may read the mail outbox (every message MHub sent or holds, to anyone): administrators only.
import { hasRole, type Actor } from '../auth/actor.js';

export const mailPolicy = {
	read: (actor: Actor) => hasRole(actor, 'administrator')
};
