// The permission matrix of Delphi studies: every role, in every kind of scope, against every action.
// Panellists are not users here: their personal link opens their own round (panel-round.ts).
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

const actions = {
	'open studies': (actor: Actor) => can(actor, 'list', 'study'),
	'run a study of A': (actor: Actor) => can(actor, 'run', { kind: 'study', programmeId: programmeA }),
	'run a study of B': (actor: Actor) => can(actor, 'run', { kind: 'study', programmeId: programmeB })
};
type Action = keyof typeof actions;
const all = Object.keys(actions) as Action[];
const none: Action[] = [];

/** What each role may do in each scope, written out by hand. */
const expected: Record<Role, Partial<Record<MatrixScope, Action[]>>> = {
	administrator: { platform: all },
	programme_coordinator: {
		platform: all,
		'programme A': ['open studies', 'run a study of A'],
		'countries GR': none
	},
	country_focal_point: { platform: none, 'countries GR': none },
	trainer: { platform: none, 'programme A': none },
	reviewer: { platform: none, 'programme A': none },
	panel_expert: { platform: none, 'programme A': none },
	participant: { platform: none }
};

describe('Delphi study policies', () => {
	checkPolicyMatrix(matrixScopes, actions, expected);
});
