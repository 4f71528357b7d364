// The permission matrix of programmes: every role, in every kind of scope, against every action.
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

const aWithGreece = { kind: 'programme', programmeId: programmeA, countryCodes: ['GR', 'MT'] } as const;
const bWithoutGreece = { kind: 'programme', programmeId: programmeB, countryCodes: ['MT'] } as const;

const actions = {
	'open programmes': (actor: Actor) => can(actor, 'list', 'programme'),
	'create programmes': (actor: Actor) => can(actor, 'create', 'programme'),
	'read A (GR, MT)': (actor: Actor) => can(actor, 'read', aWithGreece),
	'read B (MT)': (actor: Actor) => can(actor, 'read', bWithoutGreece),
	'edit A': (actor: Actor) => can(actor, 'edit', aWithGreece),
	'edit B': (actor: Actor) => can(actor, 'edit', bWithoutGreece)
};
type Action = keyof typeof actions;
const all = Object.keys(actions) as Action[];
const none: Action[] = [];
const readAll: Action[] = ['open programmes', 'read A (GR, MT)', 'read B (MT)'];

/** What each role may do in each scope, written out by hand. */
const expected: Record<Role, Partial<Record<MatrixScope, Action[]>>> = {
	administrator: { platform: all },
	programme_coordinator: {
		platform: all,
		'programme A': ['open programmes', 'read A (GR, MT)', 'edit A'],
		'countries GR': none
	},
	country_focal_point: {
		platform: readAll,
		'countries GR': ['open programmes', 'read A (GR, MT)'],
		'programme A': none
	},
	trainer: { platform: none, 'countries GR': none, 'programme A': none },
	reviewer: { platform: none, 'countries GR': none, 'programme A': none },
	panel_expert: { platform: none, 'countries GR': none, 'programme A': none },
	participant: { platform: none, 'countries GR': none, 'programme A': none }
};

describe('programmes policy matrix', () => {
	checkPolicyMatrix(matrixScopes, actions, expected);
});
