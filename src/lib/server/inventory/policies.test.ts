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
import {
	canManageInventory,
	canManageSomeInventory,
	canReadInventory,
	canReadReviews,
	canReviewPackages,
	canUseInventory
} from './policies.js';

const actions = {
	'open inventory': (actor: Actor) => canUseInventory(actor),
	'add packages somewhere': (actor: Actor) => canManageSomeInventory(actor),
	'read inventory of A': (actor: Actor) => canReadInventory(actor, { programmeId: programmeA }),
	'read inventory of B': (actor: Actor) => canReadInventory(actor, { programmeId: programmeB }),
	'manage inventory of A': (actor: Actor) => canManageInventory(actor, { programmeId: programmeA }),
	'review packages of A': (actor: Actor) => canReviewPackages(actor, { programmeId: programmeA }),
	'read reviews of A': (actor: Actor) => canReadReviews(actor, { programmeId: programmeA })
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
