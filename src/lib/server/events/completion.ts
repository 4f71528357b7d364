// Who completed an event: enough of its sessions attended and, where the event has one, the post-test
// passed. Pure, so the rule reads the same in the attendance sheet, the certificates and the reports.

export type CompletionRule = { attendancePercent: number; requiresPostTest: boolean };

export type ParticipantRecord = {
	/** Sessions of the agenda (breaks do not count). */
	sessions: number;
	attended: number;
	/** Undefined while no post-test result exists. */
	postTestPassed?: boolean;
};

export type Completion =
	| { complete: true }
	| {
			complete: false;
			reason: 'no_sessions' | 'attendance_too_low' | 'post_test_missing' | 'post_test_failed';
	  };

export function completionOf(rule: CompletionRule, record: ParticipantRecord): Completion {
	if (record.sessions === 0) return { complete: false, reason: 'no_sessions' };
	// Whole-number arithmetic: 4 of 5 sessions is exactly 80 %, never 79.999…
	if (record.attended * 100 < rule.attendancePercent * record.sessions)
		return { complete: false, reason: 'attendance_too_low' };
	if (rule.requiresPostTest) {
		if (record.postTestPassed === undefined) return { complete: false, reason: 'post_test_missing' };
		if (!record.postTestPassed) return { complete: false, reason: 'post_test_failed' };
	}
	return { complete: true };
}
