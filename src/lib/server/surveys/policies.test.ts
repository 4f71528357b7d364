// The permission matrix of surveys: every role, in every kind of scope, against every action.
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
	'open surveys': (actor: Actor) => can(actor, 'list', 'survey'),
	'create surveys': (actor: Actor) => can(actor, 'create', 'survey'),
	'run survey of A': (actor: Actor) => can(actor, 'run', { kind: 'survey', programmeId: programmeA }),
	'run survey of B': (actor: Actor) => can(actor, 'run', { kind: 'survey', programmeId: programmeB }),
	'read results of A': (actor: Actor) =>
		can(actor, 'readResults', { kind: 'survey', programmeId: programmeA })
};
type Action = keyof typeof actions;
const all = Object.keys(actions) as Action[];
const none: Action[] = [];

/** What each role may do in each scope, written out by hand. */
const expected: Record<Role, Partial<Record<MatrixScope, Action[]>>> = {
	administrator: { platform: all },
	programme_coordinator: {
		platform: all,
		'programme A': ['open surveys', 'create surveys', 'run survey of A', 'read results of A'],
		'countries GR': none
	},
	// Focal points read no survey's results (a programme's answers come from every country).
	country_focal_point: { platform: none, 'countries GR': none, 'programme A': none },
	trainer: { platform: none, 'countries GR': none, 'programme A': none },
	reviewer: { platform: none, 'countries GR': none, 'programme A': none },
	panel_expert: { platform: none, 'countries GR': none, 'programme A': none },
	participant: { platform: none, 'countries GR': none, 'programme A': none }
};

describe('surveys policy matrix', () => {
	checkPolicyMatrix(matrixScopes, actions, expected);
});
