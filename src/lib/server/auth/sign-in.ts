// Password sign-in, slowed down and then refused after repeated failures (counted in PostgreSQL,
// so the limit holds across instances).
import { and, desc, eq, gt, sql } from 'drizzle-orm';
import { SignInSchema } from '../../auth/schemas.js';
import { db } from '../db/client.js';
import { signInAttempt } from '../db/schema/auth.js';
import { DomainError } from '../errors.js';
import { parseInput } from '../validate.js';
import type { Auth } from './better-auth.js';
import { decideThrottle, throttlePolicy } from './throttle.js';

/** Failures since the last success, within the throttling window. */
async function recentFailures(emailKey: string): Promise<Date[]> {
	const since = new Date(Date.now() - throttlePolicy.windowMinutes * 60_000);
	const rows = await db()
		.select({ isSuccess: signInAttempt.isSuccess, createdAt: signInAttempt.createdAt })
		.from(signInAttempt)
		.where(and(eq(signInAttempt.emailKey, emailKey), gt(signInAttempt.createdAt, since)))
		.orderBy(desc(signInAttempt.createdAt))
		.limit(throttlePolicy.lockAfterFailures + 1);
	const failures: Date[] = [];
	for (const row of rows) {
		if (row.isSuccess) break;
		failures.push(row.createdAt);
	}
	return failures;
}

/** Signs in through better-auth (which sets the session cookie) and returns the user id. */
export async function signIn(
	auth: Auth,
	input: unknown,
	request: { headers: Headers; ipAddress?: string }
): Promise<string> {
	const { email, password } = parseInput(SignInSchema, input);
	const decision = decideThrottle(await recentFailures(email), new Date());
	if (!decision.allowed) {
		throw new DomainError('too_many_requests', 'too many failed sign-ins', {
			details: { retryAfterSeconds: decision.retryAfterSeconds }
		});
	}
	let userId: string | undefined;
	try {
		const result = await auth.api.signInEmail({ body: { email, password }, headers: request.headers });
		userId = result.user.id;
	} catch {
		userId = undefined;
	}
	await db()
		.insert(signInAttempt)
		.values({ emailKey: email, ipAddress: request.ipAddress ?? null, isSuccess: Boolean(userId) });
	if (!userId)
		throw new DomainError('unauthenticated', 'wrong email or password', {
			fields: { _: ['wrong_credentials'] }
		});
	// Old attempts are of no further use once the window has passed.
	await db().execute(sql`delete from sign_in_attempt where created_at < now() - interval '1 day'`);
	return userId;
}
