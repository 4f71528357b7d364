// The permission matrices' shared part: an actor holding one grant, and the actions it is allowed.
import { expect, it } from 'vitest';
import { publicActor, roles, type Actor, type Grant, type Role, type Scope } from '../auth/actor.js';

/** Two programmes, and the three kinds of scope every matrix grants its roles in. */
export const programmeA = '00000000-0000-4000-8000-00000000000a';
export const programmeB = '00000000-0000-4000-8000-00000000000b';
export const matrixScopes = {
	platform: { kind: 'platform' },
	'countries GR': { kind: 'countries', countryCodes: ['GR'] },
	'programme A': { kind: 'programme', programmeId: programmeA }
} satisfies Record<string, Scope>;
export type MatrixScope = keyof typeof matrixScopes;

/** A signed-in user with these grants. */
export const userWith = (...grants: Grant[]): Actor => ({
	kind: 'user',
	userId: 'user-1',
	name: 'Someone',
	email: 'someone@example.org',
	grants
});

/**
 * One test per role and scope listed in `expected`: the actions a user with that single grant is
 * allowed must be exactly the listed ones; and one test that the public is allowed none.
 */
export function checkPolicyMatrix<A extends string, S extends string>(
	scopes: Record<S, Scope>,
	actions: Record<A, (actor: Actor) => boolean>,
	expected: Record<Role, Partial<Record<S, A[]>>>
): void {
	const all = Object.keys(actions) as A[];
	const allowed = (actor: Actor) => all.filter((action) => actions[action](actor));
	for (const role of roles) {
		for (const [scope, listed] of Object.entries(expected[role]) as [S, A[]][]) {
			it(`${role} (${scope})`, () => {
				expect(allowed(userWith({ role, scope: scopes[scope] }))).toEqual(
					all.filter((action) => listed.includes(action))
				);
			});
		}
	}
	it('the public is allowed none of it', () => {
		expect(allowed(publicActor)).toEqual([]);
	});
}
