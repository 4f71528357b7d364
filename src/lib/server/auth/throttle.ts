// Repeated failed sign-ins: first slowed down, then refused for a while.
export const throttlePolicy = {
	windowMinutes: 15,
	freeFailures: 3,
	lockAfterFailures: 10
} as const;

export type ThrottleDecision = { allowed: true } | { allowed: false; retryAfterSeconds: number };

/**
 * Decides whether a new sign-in attempt may proceed, from the failures since the last success
 * within the window. Up to 3 failures: free. Then each further attempt waits 2^(n-3) seconds
 * after the last failure (1 s, 2 s, 4 s …). From 10 failures: locked until the window has passed
 * since the last failure.
 */
export function decideThrottle(failures: readonly Date[], now: Date): ThrottleDecision {
	const windowStart = now.getTime() - throttlePolicy.windowMinutes * 60_000;
	const recent = failures.filter((at) => at.getTime() > windowStart);
	const count = recent.length;
	if (count < throttlePolicy.freeFailures) return { allowed: true };
	const last = Math.max(...recent.map((at) => at.getTime()));
	const wait =
		count >= throttlePolicy.lockAfterFailures
			? throttlePolicy.windowMinutes * 60
			: 2 ** (count - throttlePolicy.freeFailures);
	const waited = (now.getTime() - last) / 1000;
	if (waited >= wait) return { allowed: true };
	return { allowed: false, retryAfterSeconds: Math.ceil(wait - waited) };
}
