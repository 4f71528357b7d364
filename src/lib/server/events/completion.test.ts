import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { completionOf } from './completion.js';

const rule = { attendancePercent: 80, requiresPostTest: false };

describe('completion', () => {
	it('needs the share of sessions the rule asks for, counted exactly', () => {
		expect(completionOf(rule, { sessions: 5, attended: 4 })).toEqual({ complete: true });
		expect(completionOf(rule, { sessions: 5, attended: 3 })).toEqual({
			complete: false,
			reason: 'attendance_too_low'
		});
		expect(completionOf({ ...rule, attendancePercent: 100 }, { sessions: 3, attended: 3 })).toEqual({
			complete: true
		});
		expect(completionOf({ ...rule, attendancePercent: 0 }, { sessions: 3, attended: 0 })).toEqual({
			complete: true
		});
	});

	it('cannot complete an event with no sessions', () => {
		expect(completionOf(rule, { sessions: 0, attended: 0 })).toEqual({
			complete: false,
			reason: 'no_sessions'
		});
	});

	it('asks for a passed post-test where the event has one', () => {
		const withTest = { ...rule, requiresPostTest: true };
		expect(completionOf(withTest, { sessions: 4, attended: 4 })).toEqual({
			complete: false,
			reason: 'post_test_missing'
		});
		expect(completionOf(withTest, { sessions: 4, attended: 4, postTestPassed: false })).toEqual({
			complete: false,
			reason: 'post_test_failed'
		});
		expect(completionOf(withTest, { sessions: 4, attended: 4, postTestPassed: true })).toEqual({
			complete: true
		});
		expect(completionOf(withTest, { sessions: 4, attended: 1, postTestPassed: true })).toEqual({
			complete: false,
			reason: 'attendance_too_low'
		});
	});

	it('never completes with less attendance than asked, and attending more never hurts (property)', () => {
		fc.assert(
			fc.property(
				fc.integer({ min: 1, max: 60 }),
				fc.integer({ min: 0, max: 100 }),
				fc.nat(),
				(sessions, percent, n) => {
					const attended = n % (sessions + 1);
					const result = completionOf(
						{ attendancePercent: percent, requiresPostTest: false },
						{ sessions, attended }
					);
					expect(result.complete).toBe(attended / sessions >= percent / 100 - 1e-12);
					if (result.complete && attended < sessions)
						expect(
							completionOf(
								{ attendancePercent: percent, requiresPostTest: false },
								{ sessions, attended: attended + 1 }
							).complete
						).toBe(true);
				}
			)
		);
	});
});
