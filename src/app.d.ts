import type { Actor } from '#lib/server/auth/actor.js';

declare global {
	namespace App {
		interface Locals {
			actor: Actor;
			requestId: string;
		}
		interface Error {
			message: string;
			code?: string;
			requestId?: string;
			/** Why the request was refused, in the reader's language (a query's field errors). */
			problems?: string[];
		}
	}
}

export {};
