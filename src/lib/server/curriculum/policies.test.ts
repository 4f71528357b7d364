// The permission matrix of training packages: every role, in every kind of scope, against every
// protected action, compared with a table written out by hand.
import { describe, expect, it } from 'vitest';
import { userWith } from '../testing/policy-matrix.js';
import { publicActor, roles, type Actor, type Role, type Scope } from '../auth/actor.js';
import { authorize, can } from '../auth/authorize.js';
import { placeFields } from './policies.js';

const ours = '00000000-0000-4000-8000-000000000001';
const theirs = '00000000-0000-4000-8000-000000000002';

const scopes = {
	platform: { kind: 'platform' },
	'programme ours': { kind: 'programme', programmeId: ours },
	'countries GR': { kind: 'countries', countryCodes: ['GR'] }
} satisfies Record<string, Scope>;
type ScopeName = keyof typeof scopes;

/** Each action, as the policy a domain function asserts before doing it. */
const actions = {
	'open packages': (actor: Actor) => can(actor, 'list', 'package'),
	'create packages': (actor: Actor) => can(actor, 'create', 'package'),
	// Editing the details, the modules, sessions and materials, and publishing all authorize 'edit';
	// so does reading the draft.
	'edit package of ours': (actor: Actor) => can(actor, 'edit', { kind: 'package', programmeId: ours }),
	'edit package of theirs': (actor: Actor) => can(actor, 'edit', { kind: 'package', programmeId: theirs }),
	'edit package of no programme': (actor: Actor) =>
		can(actor, 'edit', { kind: 'package', programmeId: null }),
	'read versions of a published package of theirs': (actor: Actor) =>
		can(actor, 'read', { kind: 'package', programmeId: theirs, versions: 2 }),
	'read versions of an unpublished package of ours': (actor: Actor) =>
		can(actor, 'read', { kind: 'package', programmeId: ours, versions: 0 }),
	'read versions of an unpublished package of theirs': (actor: Actor) =>
		can(actor, 'read', { kind: 'package', programmeId: theirs, versions: 0 })
};
type Action = keyof typeof actions;

const everything = Object.keys(actions) as Action[];
const reader: Action[] = ['open packages', 'read versions of a published package of theirs'];
const ownProgramme: Action[] = [
	'open packages',
	'create packages',
	'edit package of ours',
	'read versions of a published package of theirs',
	'read versions of an unpublished package of ours'
];

/** What each role may do in each scope. */
const expected: Record<Role, Record<ScopeName, Action[]>> = {
	administrator: { platform: everything, 'programme ours': ownProgramme, 'countries GR': reader },
	programme_coordinator: { platform: everything, 'programme ours': ownProgramme, 'countries GR': reader },
	country_focal_point: { platform: reader, 'programme ours': reader, 'countries GR': reader },
	trainer: { platform: reader, 'programme ours': reader, 'countries GR': reader },
	reviewer: { platform: [], 'programme ours': [], 'countries GR': [] },
	panel_expert: { platform: [], 'programme ours': [], 'countries GR': [] },
	participant: { platform: [], 'programme ours': [], 'countries GR': [] }
};

const allowedFor = (actor: Actor): Action[] => everything.filter((action) => actions[action](actor));

describe('training packages permission matrix', () => {
	const cases = roles.flatMap((role) =>
		(Object.keys(scopes) as ScopeName[]).map((scope) => ({ role, scope }))
	);

	it.each(cases)('$role with scope $scope', ({ role, scope }) => {
		// Administrators are platform-wide by a database constraint; their other scopes are still walked.
		expect(allowedFor(userWith({ role, scope: scopes[scope] }))).toEqual(expected[role][scope]);
	});

	it('gives the public nothing', () => {
		expect(allowedFor(publicActor)).toEqual([]);
	});

	it('adds up the programmes of several coordinator grants', () => {
		const actor = userWith(
			{ role: 'programme_coordinator', scope: { kind: 'programme', programmeId: ours } },
			{ role: 'programme_coordinator', scope: { kind: 'programme', programmeId: theirs } }
		);
		expect(allowedFor(actor)).toEqual(
			everything.filter((action) => action !== 'edit package of no programme')
		);
	});
});

describe('placing a package', () => {
	const coordinator = userWith({ role: 'programme_coordinator', scope: scopes['programme ours'] });

	it('lets a coordinator place a package in their programme only, and says so beside the field', () => {
		expect(() =>
			authorize(coordinator, 'edit', { kind: 'package', programmeId: ours }, placeFields)
		).not.toThrow();
		for (const programmeId of [theirs, null])
			expect(() => authorize(coordinator, 'edit', { kind: 'package', programmeId }, placeFields)).toThrow(
				expect.objectContaining({ code: 'forbidden', fields: { programmeId: ['programme_outside_scope'] } })
			);
	});
});
