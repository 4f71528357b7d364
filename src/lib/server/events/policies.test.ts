// The permission matrix of events: every role, in every kind of scope, against every action.
import { describe, expect, it } from 'vitest';
import type { Actor, Role } from '../auth/actor.js';
import {
	checkPolicyMatrix,
	userWith,
	matrixScopes,
	programmeA,
	programmeB,
	type MatrixScope
} from '../testing/policy-matrix.js';
import { can } from '../auth/authorize.js';
import { isPublicEvent } from './policies.js';

/** The user every matrix actor is (see userWith). */
const userId = 'user-1';
const greekOfA = { kind: 'event', programmeId: programmeA, countryCode: 'GR', facilitatorIds: [] } as const;
const malteseOfB = { kind: 'event', programmeId: programmeB, countryCode: 'MT', facilitatorIds: [] } as const;
const facilitated = {
	kind: 'event',
	programmeId: programmeB,
	countryCode: 'MT',
	facilitatorIds: [userId]
} as const;

const actions = {
	'open events': (actor: Actor) => can(actor, 'list', 'event'),
	'create events': (actor: Actor) => can(actor, 'create', 'event'),
	'manage GR event of A': (actor: Actor) => can(actor, 'manage', greekOfA),
	'manage MT event of B': (actor: Actor) => can(actor, 'manage', malteseOfB),
	'read MT event of B': (actor: Actor) => can(actor, 'read', malteseOfB),
	'take attendance, MT event of B': (actor: Actor) => can(actor, 'takeAttendance', malteseOfB),
	'keep agenda, MT event of B': (actor: Actor) => can(actor, 'keepAgenda', malteseOfB)
};
type Action = keyof typeof actions;
const all = Object.keys(actions) as Action[];
const none: Action[] = [];

/** What each role may do in each scope, written out by hand. */
const expected: Record<Role, Partial<Record<MatrixScope, Action[]>>> = {
	administrator: { platform: all },
	programme_coordinator: {
		platform: all,
		'programme A': ['open events', 'create events', 'manage GR event of A'],
		'countries GR': none
	},
	country_focal_point: {
		platform: all,
		'countries GR': ['open events', 'create events', 'manage GR event of A'],
		'programme A': none
	},
	trainer: { platform: ['open events'], 'countries GR': ['open events'], 'programme A': ['open events'] },
	reviewer: { platform: none, 'countries GR': none, 'programme A': none },
	panel_expert: { platform: none, 'countries GR': none, 'programme A': none },
	participant: { platform: none, 'countries GR': none, 'programme A': none }
};

describe('events policy matrix', () => {
	checkPolicyMatrix(matrixScopes, actions, expected);

	it('a facilitator reads, keeps the agenda and takes attendance at their event only, and does not change it', () => {
		const actor = userWith({ role: 'trainer', scope: matrixScopes['countries GR'] });
		expect([
			can(actor, 'read', facilitated),
			can(actor, 'keepAgenda', facilitated),
			can(actor, 'takeAttendance', facilitated)
		]).toEqual([true, true, true]);
		expect(can(actor, 'manage', facilitated)).toBe(false);
		expect([can(actor, 'read', malteseOfB), can(actor, 'takeAttendance', malteseOfB)]).toEqual([
			false,
			false
		]);
	});
});

describe('public events', () => {
	it('are the published ones that are not archived', () => {
		expect(isPublicEvent({ isPublished: true, archivedAt: null })).toBe(true);
		expect(isPublicEvent({ isPublished: false, archivedAt: null })).toBe(false);
		expect(isPublicEvent({ isPublished: true, archivedAt: new Date() })).toBe(false);
	});
});
