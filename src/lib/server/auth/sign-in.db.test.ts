import { describe, expect, it } from 'vitest';
import { useTestDatabase } from '../testing/database.js';
import type { Auth } from './better-auth.js';
import { signIn } from './sign-in.js';
import { throttlePolicy } from './throttle.js';

useTestDatabase();

/** better-auth as far as sign-in uses it: counts the passwords it checks, accepts `right`. */
function fakeAuth(right: string) {
	const checked = { count: 0 };
	const auth = {
		api: {
			async signInEmail({ body }: { body: { email: string; password: string } }) {
				checked.count++;
				// As long as a real argon2 check, so that attempts sent together overlap.
				await new Promise((resolve) => setTimeout(resolve, 20));
				if (body.password !== right) throw new Error('invalid password');
				return { user: { id: 'user-1' } };
			}
		}
	} as unknown as Auth;
	return { auth, checked };
}

const request = { headers: new Headers(), ipAddress: '192.0.2.1' };

describe('signIn throttling', () => {
	it('checks at most the free attempts of many wrong passwords sent at once, and refuses the rest with a wait', async () => {
		const { auth, checked } = fakeAuth('the right password');
		const outcomes = await Promise.allSettled(
			Array.from({ length: 30 }, (_, n) =>
				signIn(auth, { email: 'target@example.org', password: `guess ${n}` }, request)
			)
		);
		expect(checked.count).toBe(throttlePolicy.freeFailures);
		const codes = outcomes.map((outcome) =>
			outcome.status === 'rejected' ? outcome.reason.code : 'signed in'
		);
		expect(codes.filter((code) => code === 'unauthenticated')).toHaveLength(throttlePolicy.freeFailures);
		const refused = outcomes.filter(
			(outcome) => outcome.status === 'rejected' && outcome.reason.code === 'too_many_requests'
		);
		expect(refused).toHaveLength(30 - throttlePolicy.freeFailures);
		expect((refused[0] as PromiseRejectedResult).reason.details.retryAfterSeconds).toBeGreaterThan(0);
	});

	it('lets the right password in and then forgives the failures before it', async () => {
		const { auth, checked } = fakeAuth('the right password');
		const email = 'nora@example.org';
		await expect(signIn(auth, { email, password: 'wrong' }, request)).rejects.toMatchObject({
			code: 'unauthenticated'
		});
		await expect(signIn(auth, { email, password: 'the right password' }, request)).resolves.toBe('user-1');
		for (let n = 0; n < throttlePolicy.freeFailures; n++)
			await expect(signIn(auth, { email, password: 'wrong' }, request)).rejects.toMatchObject({
				code: 'unauthenticated'
			});
		expect(checked.count).toBe(2 + throttlePolicy.freeFailures);
	});
});
