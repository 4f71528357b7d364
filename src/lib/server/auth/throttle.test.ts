import { describe, expect, it } from 'vitest';
import { decideThrottle } from './throttle.js';

const now = new Date('2026-11-25T10:00:00Z');
const secondsAgo = (...seconds: number[]) => seconds.map((s) => new Date(now.getTime() - s * 1000));

describe('decideThrottle', () => {
	it('lets the first three failures through', () => {
		expect(decideThrottle([], now)).toEqual({ allowed: true });
		expect(decideThrottle(secondsAgo(0, 1), now)).toEqual({ allowed: true });
	});

	it('then makes each attempt wait longer: 1 s, 2 s, 4 s after the last failure', () => {
		expect(decideThrottle(secondsAgo(0.5, 2, 3), now)).toEqual({ allowed: false, retryAfterSeconds: 1 });
		expect(decideThrottle(secondsAgo(1, 2, 3), now)).toEqual({ allowed: true });
		expect(decideThrottle(secondsAgo(0, 2, 3, 4), now)).toEqual({ allowed: false, retryAfterSeconds: 2 });
		expect(decideThrottle(secondsAgo(1, 2, 3, 4, 5), now)).toEqual({ allowed: false, retryAfterSeconds: 3 });
	});

	it('refuses for the whole window after ten failures', () => {
		const ten = secondsAgo(10, 20, 30, 40, 50, 60, 70, 80, 90, 100);
		expect(decideThrottle(ten, now)).toEqual({ allowed: false, retryAfterSeconds: 15 * 60 - 10 });
	});

	it('forgets failures older than the window', () => {
		expect(decideThrottle(secondsAgo(16 * 60, 17 * 60, 18 * 60, 19 * 60), now)).toEqual({ allowed: true });
	});
});
