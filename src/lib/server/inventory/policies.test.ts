// The permission matrix of the inventory: every role, in every kind of scope, against every action.
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

const inventoryOf = (programmeId: string) => ({ kind: 'inventory', programmeId }) as const;

const actions = {
	'open inventory': (actor: Actor) => can(actor, 'list', 'inventory'),
	'add packages somewhere': (actor: Actor) => can(actor, 'add', 'inventory'),
	'read inventory of A': (actor: Actor) => can(actor, 'read', inventoryOf(programmeA)),
	'read inventory of B': (actor: Actor) => can(actor, 'read', inventoryOf(programmeB)),
	'manage inventory of A': (actor: Actor) => can(actor, 'manage', inventoryOf(programmeA)),
	'review packages of A': (actor: Actor) => can(actor, 'review', inventoryOf(programmeA)),
	'read reviews of A': (actor: Actor) => can(actor, 'readReviews', inventoryOf(programmeA))
};
type Action = keyof typeof actions;
const none: Action[] = [];
const managerOfAll: Action[] = [
	'open inventory',
	'add packages somewhere',
	'read inventory of A',
	'read inventory of B',
	'manage inventory of A',
	'read reviews of A'
];

/** What each role may do in each scope, written out by hand. */
const expected: Record<Role, Partial<Record<MatrixScope, Action[]>>> = {
	administrator: { platform: managerOfAll },
	programme_coordinator: {
		platform: managerOfAll,
		'programme A': [
			'open inventory',
			'add packages somewhere',
			'read inventory of A',
			'manage inventory of A',
			'read reviews of A'
		],
		'countries GR': none
	},
	// Reviewers read and review, and see no one else's review.
	reviewer: {
		platform: ['open inventory', 'read inventory of A', 'read inventory of B', 'review packages of A'],
		'programme A': ['open inventory', 'read inventory of A', 'review packages of A'],
		'countries GR': none
	},
	country_focal_point: { platform: none, 'countries GR': none, 'programme A': none },
	trainer: { platform: none, 'countries GR': none, 'programme A': none },
	panel_expert: { platform: none, 'countries GR': none, 'programme A': none },
	participant: { platform: none, 'countries GR': none, 'programme A': none }
};

describe('inventory policy matrix', () => {
	checkPolicyMatrix(matrixScopes, actions, expected);
});
