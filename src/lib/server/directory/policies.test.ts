// The permission matrix of the directory: every role, in every kind of scope, against every
// protected action, compared with a table written out by hand.
import { describe, expect, it } from 'vitest';
import { publicActor, roles, type Actor, type Role, type Scope } from '../auth/actor.js';
import { can } from '../auth/authorize.js';

const scopes = {
	platform: { kind: 'platform' },
	'countries GR': { kind: 'countries', countryCodes: ['GR'] },
	'countries MT': { kind: 'countries', countryCodes: ['MT'] },
	programme: { kind: 'programme', programmeId: '00000000-0000-4000-8000-000000000001' }
} satisfies Record<string, Scope>;
type ScopeName = keyof typeof scopes;

const greek = { kind: 'organisation', countryCode: 'GR' } as const;
const maltese = { kind: 'organisation', countryCode: 'MT' } as const;
const international = { kind: 'organisation', countryCode: null } as const;
const person = (...countryCodes: string[]) => ({ kind: 'person', countryCodes }) as const;

/** Each action, as the policy a domain function asserts before doing it. */
const actions = {
	'read countries': (actor: Actor) => can(actor, 'read', 'country'),
	'open the directory': (actor: Actor) => can(actor, 'list', 'organisation'),
	'open the people list': (actor: Actor) => can(actor, 'list', 'person'),
	'open the new organisation form': (actor: Actor) => can(actor, 'create', 'organisation'),
	'open the new person form': (actor: Actor) => can(actor, 'create', 'person'),
	'read organisation GR': (actor: Actor) => can(actor, 'read', greek),
	'read organisation MT': (actor: Actor) => can(actor, 'read', maltese),
	'read organisation international': (actor: Actor) => can(actor, 'read', international),
	// Creating, updating and archiving an organisation all authorize 'edit'; a move authorizes it on
	// both the old and the new place.
	'create/update/archive organisation GR': (actor: Actor) => can(actor, 'edit', greek),
	'create/update/archive organisation MT': (actor: Actor) => can(actor, 'edit', maltese),
	'create/update/archive organisation international': (actor: Actor) => can(actor, 'edit', international),
	'read person GR': (actor: Actor) => can(actor, 'read', person('GR')),
	'read person MT': (actor: Actor) => can(actor, 'read', person('MT')),
	'read person GR+MT': (actor: Actor) => can(actor, 'read', person('GR', 'MT')),
	'read person without country': (actor: Actor) => can(actor, 'read', person()),
	'create/update/archive person GR': (actor: Actor) => can(actor, 'edit', person('GR')),
	'create/update/archive person MT': (actor: Actor) => can(actor, 'edit', person('MT')),
	'create/update/archive person GR+MT': (actor: Actor) => can(actor, 'edit', person('GR', 'MT')),
	'create/update/archive person without country': (actor: Actor) => can(actor, 'edit', person())
};
type Action = keyof typeof actions;

const everything = Object.keys(actions) as Action[];
const countriesOnly: Action[] = ['read countries'];
const focalPoint = (code: 'GR' | 'MT'): Action[] => [
	'read countries',
	'open the directory',
	'open the people list',
	'open the new organisation form',
	'open the new person form',
	`read organisation ${code}`,
	'read organisation international',
	`create/update/archive organisation ${code}`,
	`read person ${code}`,
	'read person GR+MT',
	`create/update/archive person ${code}`,
	'create/update/archive person GR+MT'
];

/** What each role may do in each scope. */
const expected: Record<Role, Record<ScopeName, Action[]>> = {
	administrator: {
		platform: everything,
		'countries GR': everything,
		'countries MT': everything,
		programme: everything
	},
	programme_coordinator: {
		platform: everything,
		'countries GR': everything,
		'countries MT': everything,
		programme: everything
	},
	country_focal_point: {
		platform: everything,
		'countries GR': focalPoint('GR'),
		'countries MT': focalPoint('MT'),
		programme: countriesOnly
	},
	trainer: {
		platform: countriesOnly,
		'countries GR': countriesOnly,
		'countries MT': countriesOnly,
		programme: countriesOnly
	},
	reviewer: {
		platform: countriesOnly,
		'countries GR': countriesOnly,
		'countries MT': countriesOnly,
		programme: countriesOnly
	},
	panel_expert: {
		platform: countriesOnly,
		'countries GR': countriesOnly,
		'countries MT': countriesOnly,
		programme: countriesOnly
	},
	participant: {
		platform: countriesOnly,
		'countries GR': countriesOnly,
		'countries MT': countriesOnly,
		programme: countriesOnly
	}
};

const allowedFor = (actor: Actor): Action[] => everything.filter((action) => actions[action](actor));

describe('directory permission matrix', () => {
	const cases = roles.flatMap((role) =>
		(Object.keys(scopes) as ScopeName[]).map((scope) => ({ role, scope }))
	);

	it.each(cases)('$role with scope $scope', ({ role, scope }) => {
		const actor: Actor = {
			kind: 'user',
			userId: 'u',
			name: 'U',
			email: 'u@example.org',
			grants: [{ role, scope: scopes[scope] }]
		};
		expect(allowedFor(actor)).toEqual(expected[role][scope]);
	});

	it('gives the public the countries only', () => {
		expect(allowedFor(publicActor)).toEqual(countriesOnly);
	});

	it('adds up the countries of several focal-point grants', () => {
		const actor: Actor = {
			kind: 'user',
			userId: 'u',
			name: 'U',
			email: 'u@example.org',
			grants: [
				{ role: 'country_focal_point', scope: scopes['countries GR'] },
				{ role: 'country_focal_point', scope: scopes['countries MT'] },
				{ role: 'participant', scope: scopes.platform }
			]
		};
		expect(allowedFor(actor)).toEqual(
			everything.filter(
				(action) =>
					!action.endsWith('without country') && action !== 'create/update/archive organisation international'
			)
		);
	});
});
