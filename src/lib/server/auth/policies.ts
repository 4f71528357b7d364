// Who may manage accounts: administrators only. They list accounts, invite people, and give and
// remove roles.
import { hasRole, type Actor } from './actor.js';

export const accountPolicy = {
	manage: (actor: Actor) => hasRole(actor, 'administrator')
};
