import type { Actor } from '#lib/server/auth/actor.js';

declare global {
	namespace App {
		interface Locals {
			actor: Actor;
			requestId: string;
			/** A copy of a small form post, to offer sending it again if the database was out of reach. */
			postedForm?: Request;
		}
		interface Error {
			message: string;
			code?: string;
			requestId?: string;
			/** Why the request was refused, in the reader's language (a query's field errors). */
			problems?: string[];
			/** The text fields of a form post that failed for want of the database, to send again. */
			retry?: [string, string][];
		}
	}
}

export {};
