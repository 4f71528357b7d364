// The main navigation. Each page's link is shown to whoever the policy that guards the page lets in,
// asked the same way the page asks it, so no link leads to a refusal.
import type { Actor } from '../auth/actor.js';
import { can } from '../auth/authorize.js';

const links = [
	{ href: '/directory', shown: (actor: Actor) => can(actor, 'list', 'organisation') },
	{ href: '/programmes', shown: (actor: Actor) => can(actor, 'list', 'programme') },
	{ href: '/surveys', shown: (actor: Actor) => can(actor, 'list', 'survey') },
	{ href: '/delphi', shown: (actor: Actor) => can(actor, 'list', 'study') },
	{ href: '/frameworks', shown: (actor: Actor) => can(actor, 'list', 'framework') },
	{ href: '/inventory', shown: (actor: Actor) => can(actor, 'list', 'inventory') },
	{ href: '/packages', shown: (actor: Actor) => can(actor, 'list', 'package') },
	{ href: '/events', shown: (actor: Actor) => can(actor, 'list', 'event') },
	{ href: '/admin', shown: (actor: Actor) => can(actor, 'manage', 'account') },
	{ href: '/account', shown: (actor: Actor) => actor.kind === 'user' }
] as const;

export type NavigationLink = (typeof links)[number]['href'];

/** The pages an actor's navigation links to (after the home page), in the header's order. */
export const navigationFor = (actor: Actor): NavigationLink[] =>
	links.filter((link) => link.shown(actor)).map((link) => link.href);
