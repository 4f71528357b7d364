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
import { canCreateProgrammes, canEditProgramme, canReadProgramme, canUseProgrammes } from './policies.js';

const aWithGreece = { programmeId: programmeA, countryCodes: ['GR', 'MT'] };
const bWithoutGreece = { programmeId: programmeB, countryCodes: ['MT'] };

const actions = {
	'open programmes': (actor: Actor) => canUseProgrammes(actor),
	'create programmes': (actor: Actor) => canCreateProgrammes(actor),
	'read A (GR, MT)': (actor: Actor) => canReadProgramme(actor, aWithGreece),
	'read B (MT)': (actor: Actor) => canReadProgramme(actor, bWithoutGreece),
	'edit A': (actor: Actor) => canEditProgramme(actor, aWithGreece),
	'edit B': (actor: Actor) => canEditProgramme(actor, bWithoutGreece)
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
