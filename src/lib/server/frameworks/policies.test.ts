// The permission matrix of consensus frameworks: every role, in every kind of scope, against every action.
import { describe } from 'vitest';
import type { Actor, Role } from '../auth/actor.js';
import {
	checkPolicyMatrix,
	matrixScopes,
	programmeA,
	programmeB,
	type MatrixScope
} from '../testing/policy-matrix.js';
import { can } from '../auth/authorize.js';

/** A framework of programme A, which Greece takes part in; one of programme B, which it does not. */
const inA = { kind: 'framework', programmeId: programmeA, countryCodes: ['GR', 'MT'] } as const;
const inB = { kind: 'framework', programmeId: programmeB, countryCodes: ['MT'] } as const;

const actions = {
	'open frameworks': (actor: Actor) => can(actor, 'list', 'framework'),
	'create frameworks': (actor: Actor) => can(actor, 'create', 'framework'),
	'edit A': (actor: Actor) => can(actor, 'edit', inA),
	'edit B': (actor: Actor) => can(actor, 'edit', inB),
	'read published A': (actor: Actor) => can(actor, 'read', inA),
	'read published B': (actor: Actor) => can(actor, 'read', inB)
};
type Action = keyof typeof actions;
const all = Object.keys(actions) as Action[];
const none: Action[] = [];

/** What each role may do in each scope, written out by hand. */
const expected: Record<Role, Partial<Record<MatrixScope, Action[]>>> = {
	administrator: { platform: all },
	programme_coordinator: {
		platform: all,
		'programme A': ['open frameworks', 'create frameworks', 'edit A', 'read published A'],
		'countries GR': none
	},
	country_focal_point: {
		platform: ['open frameworks', 'read published A', 'read published B'],
		'countries GR': ['open frameworks', 'read published A'],
		'programme A': none
	},
	trainer: { platform: none, 'countries GR': none, 'programme A': none },
	reviewer: { platform: none, 'countries GR': none, 'programme A': none },
	panel_expert: { platform: none, 'countries GR': none, 'programme A': none },
	participant: { platform: none, 'countries GR': none, 'programme A': none }
};

describe('frameworks policy matrix', () => {
	checkPolicyMatrix(matrixScopes, actions, expected);
});
