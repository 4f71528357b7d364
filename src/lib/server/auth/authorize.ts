// The one entry point for every permission check, read like a sentence:
//   can(actor, 'manage', event)        whether the actor may (for pages: buttons, links)
//   authorize(actor, 'manage', event)  the same, or throw (domain functions, before they read or write)
//   can(actor, 'create', 'event')      an action on a kind of thing in general, not on one of them
// Each kind of thing declares its vocabulary in its domain's policies.ts: one rule per action,
// taking the actor alone (actions on the kind in general) or the actor and the thing. A thing is a
// plain object that names its kind (`{ kind: 'event', programmeId, … }`); the policies' SQL scope
// functions say the same rules for lists.
import { accountPolicy } from './policies.js';
import type { Actor, UserActor } from './actor.js';
import { DomainError, type FieldErrors } from '../errors.js';
import { packagePolicy } from '../curriculum/policies.js';
import { studyPolicy } from '../delphi/policies.js';
import { countryPolicy, organisationPolicy, personPolicy } from '../directory/policies.js';
import { eventPolicy } from '../events/policies.js';
import { frameworkPolicy } from '../frameworks/policies.js';
import { mailPolicy } from '../mail/policies.js';
import { inventoryPolicy } from '../inventory/policies.js';
import { programmePolicy } from '../programmes/policies.js';
import { surveyPolicy } from '../surveys/policies.js';

/** How one action is decided: from the actor alone, or from the actor and the thing. */
export type Rule = (actor: Actor, thing: never) => boolean;

/** Every kind of thing, with its vocabulary of actions. */
const policies = {
	account: accountPolicy,
	mail: mailPolicy,
	country: countryPolicy,
	organisation: organisationPolicy,
	person: personPolicy,
	programme: programmePolicy,
	event: eventPolicy,
	package: packagePolicy,
	inventory: inventoryPolicy,
	survey: surveyPolicy,
	study: studyPolicy,
	framework: frameworkPolicy
} satisfies Record<string, Record<string, Rule>>;

type Policies = typeof policies;
export type Kind = keyof Policies;

/** The actions on a kind in general: those whose rule needs only the actor. */
export type GeneralAction<K extends Kind> = {
	[A in keyof Policies[K]]: Policies[K][A] extends (actor: Actor) => boolean ? A : never;
}[keyof Policies[K]];

/** The actions on one thing of a kind: those whose rule needs the thing. */
export type ThingAction<K extends Kind> = Exclude<keyof Policies[K], GeneralAction<K>>;

/** What the rule of `action` needs to know of the thing. */
type ThingOf<K extends Kind, A extends keyof Policies[K]> = Policies[K][A] extends (
	actor: Actor,
	thing: infer T
) => boolean
	? T
	: never;

/** Whether the actor may do `action` on things of `kind` in general (some of them, or a new one). */
export function can<K extends Kind>(actor: Actor, action: GeneralAction<K>, kind: K): boolean;
/** Whether the actor may do `action` on this thing. */
export function can<K extends Kind, A extends ThingAction<K>>(
	actor: Actor,
	action: A,
	thing: ThingOf<K, A> & { kind: K }
): boolean;
export function can(actor: Actor, action: string, subject: Kind | { kind: Kind }): boolean {
	const kind = typeof subject === 'string' ? subject : subject.kind;
	const rule = (policies[kind] as Record<string, (actor: Actor, thing?: unknown) => boolean>)[action];
	return rule(actor, subject);
}

/**
 * Like `can`, but throws: `unauthenticated` (401) for the public, `forbidden` (403) for a user.
 * `fields` name the form fields a user's refusal is about (where a record is placed), so the form
 * says it beside them.
 */
export function authorize<K extends Kind>(actor: Actor, action: GeneralAction<K>, kind: K): void;
export function authorize<K extends Kind, A extends ThingAction<K>>(
	actor: Actor,
	action: A,
	thing: ThingOf<K, A> & { kind: K },
	fields?: FieldErrors
): void;
export function authorize(
	actor: Actor,
	action: string,
	subject: Kind | { kind: Kind },
	fields?: FieldErrors
): void {
	if ((can as (actor: Actor, action: string, subject: unknown) => boolean)(actor, action, subject)) return;
	const what =
		typeof subject === 'string'
			? `${words(action)} any ${words(subject)}`
			: `${words(action)} this ${words(subject.kind)}`;
	if (actor.kind !== 'user') throw new DomainError('unauthenticated', `sign in to ${what}`);
	throw new DomainError('forbidden', `not allowed to ${what}`, { fields });
}

const words = (name: string) => name.replace(/[A-Z]/g, (letter) => ` ${letter.toLowerCase()}`);

export function assertUser(actor: Actor): asserts actor is UserActor {
	if (actor.kind !== 'user') throw new DomainError('unauthenticated', 'sign in first');
}
