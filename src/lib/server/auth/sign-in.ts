// Password sign-in, slowed down and then refused after repeated failures (counted in PostgreSQL,
// so the limit holds across instances).
import { and, desc, eq, gt, sql } from 'drizzle-orm';
import { SignInSchema } from '../../auth/schemas.js';
import { db, type DbOrTx } from '../db/client.js';
import { signInAttempt } from '../db/schema/auth.js';
import { DomainError } from '../errors.js';
import { parseInput, type FieldsOf } from '../validate.js';
import type { Auth } from './better-auth.js';
import { decideThrottle, throttlePolicy } from './throttle.js';

/** Failures since the last success, within the throttling window. */
async function recentFailures(tx: DbOrTx, emailKey: string): Promise<Date[]> {
	const since = new Date(Date.now() - throttlePolicy.windowMinutes * 60_000);
	const rows = await tx
		.select({ isSuccess: signInAttempt.isSuccess, createdAt: signInAttempt.createdAt })
		.from(signInAttempt)
		.where(and(eq(signInAttempt.emailKey, emailKey), gt(signInAttempt.createdAt, since)))
		.orderBy(desc(signInAttempt.createdAt), desc(signInAttempt.id))
		.limit(throttlePolicy.lockAfterFailures + 1);
	const failures: Date[] = [];
	for (const row of rows) {
		if (row.isSuccess) break;
		failures.push(row.createdAt);
	}
	return failures;
}

/**
 * Counts the attempt before its password is checked: it is recorded as a failure until it succeeds.
 * The decision and the record are taken under a lock on the address, so attempts sent at the same
 * time are counted one after another and each sees those before it. A refused attempt is not
 * recorded. Returns the attempt's id.
 */
async function admitAttempt(emailKey: string, ipAddress: string | null): Promise<number> {
	return db().transaction(async (tx) => {
		await tx.execute(sql`select pg_advisory_xact_lock(hashtextextended(${`sign-in:${emailKey}`}, 0))`);
		const decision = decideThrottle(await recentFailures(tx, emailKey), new Date());
		if (!decision.allowed) {
			throw new DomainError('too_many_requests', 'too many failed sign-ins', {
				details: { retryAfterSeconds: decision.retryAfterSeconds }
			});
		}
		const [attempt] = await tx
			.insert(signInAttempt)
			// The clock, not the transaction's start: the order of the attempts is the lock's order.
			.values({ emailKey, ipAddress, isSuccess: false, createdAt: sql`clock_timestamp()` })
			.returning({ id: signInAttempt.id });
		return attempt.id;
	});
}

/** Signs in through better-auth (which sets the session cookie) and returns the user id. */
export async function signIn(
	auth: Auth,
	input: FieldsOf<typeof SignInSchema>,
	request: { headers: Headers; ipAddress?: string }
): Promise<string> {
	const { email, password } = parseInput(SignInSchema, input);
	const attemptId = await admitAttempt(email, request.ipAddress ?? null);
	let userId: string | undefined;
	try {
		const result = await auth.api.signInEmail({ body: { email, password }, headers: request.headers });
		userId = result.user.id;
	} catch {
		userId = undefined;
	}
	if (!userId)
		throw new DomainError('unauthenticated', 'wrong email or password', {
			fields: { _: ['wrong_credentials'] }
		});
	// A success forgives the failures before it.
	await db().update(signInAttempt).set({ isSuccess: true }).where(eq(signInAttempt.id, attemptId));
	// Old attempts are of no further use once the window has passed.
	await db().execute(sql`delete from sign_in_attempt where created_at < now() - interval '1 day'`);
	return userId;
}
