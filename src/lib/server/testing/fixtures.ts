// What tests build again and again: signed-in actors and accounts, matchers and readers of refusals,
// dates, row counts, and programme, directory and Delphi rows with names that do not collide.
// For tests only (ESLint keeps src/lib/server/testing/ out of the app).
import { count } from 'drizzle-orm';
import type { PgTable } from 'drizzle-orm/pg-core';
import { expect } from 'vitest';
import type { Grant, UserActor } from '../auth/actor.js';
import { db } from '../db/client.js';
import { user } from '../db/schema/auth.js';
import { person } from '../db/schema/directory.js';
import { programme } from '../db/schema/programmes.js';
import { DomainError } from '../errors.js';
import { parseInput } from '../validate.js';

/** A signed-in user with these grants, without an account row (programmeWithCoordinator makes one). */
export const actor = (userId: string, ...grants: Grant[]): UserActor => ({
	kind: 'user',
	userId,
	name: userId,
	email: `${userId}@example.org`,
	grants
});

/** Gives a signed-in user its account row, for what records its author (a study, a survey). */
async function withAccount(signedIn: UserActor): Promise<UserActor> {
	await db().insert(user).values({ id: signedIn.userId, name: signedIn.name, email: signedIn.email });
	return signedIn;
}

let serial = 0;

/** A new account (`user-1`, named "User 1", …) signed in with these grants. */
export async function newAccount(...grants: Grant[]): Promise<UserActor> {
	serial += 1;
	return withAccount({ ...actor(`user-${serial}`, ...grants), name: `User ${serial}` });
}

/** The grant of a programme's coordinator. */
export const coordinatorOf = (programmeId: string): Grant => ({
	role: 'programme_coordinator',
	scope: { kind: 'programme', programmeId }
});

/** The grant of a focal point for these countries. */
export const focalPointOf = (...countryCodes: string[]): Grant => ({
	role: 'country_focal_point',
	scope: { kind: 'countries', countryCodes }
});

/** Matches a domain refusal by its code, and by exactly these field errors when they are given. */
export const refusal = (code: string, fields?: Record<string, string[]>) =>
	expect.objectContaining(fields ? { code, fields } : { code });

/** Matches a refused upload by the one error on its `file` field. */
export const refusedFile = (key: string) => expect.objectContaining({ fields: { file: [key] } });

/** The error `work` fails with, which must be a `type` (the test fails when the work succeeds). */
export async function thrownBy<E>(work: Promise<unknown>, type: new (...args: never[]) => E): Promise<E> {
	const error = await work.then(
		() => undefined,
		(thrown: unknown) => thrown
	);
	expect(error).toBeInstanceOf(type);
	return error as E;
}

/** The field errors `schema` refuses `input` with (the test fails when it accepts it). */
export function invalidFields(schema: Parameters<typeof parseInput>[0], input: unknown) {
	try {
		parseInput(schema, input);
	} catch (error) {
		if (error instanceof DomainError) return error.fields;
		throw error;
	}
	throw new Error('the input was accepted');
}

/** How many rows `table` holds. */
export const countRows = async (table: PgTable) => (await db().select({ n: count() }).from(table))[0].n;

/** Mail as the pages compose it, reduced to a subject and the addressee's name and link. */
export const plainMail =
	(subject: string) =>
	({ name, link }: { name: string; link: string }) => ({ subject, text: `${name} ${link}` });

/** The English titles of these items, in order. */
export const titles = (items: { title: { en?: string } }[]) => items.map((item) => item.title.en);

/** `count` copies of `value` (ratings of a Delphi panel, say). */
export const times = <const T>(count: number, value: T): T[] => new Array<T>(count).fill(value);

/** The calendar day (YYYY-MM-DD, UTC) this many days from today. */
export const isoDay = (daysFromToday: number) =>
	new Date(Date.now() + daysFromToday * 86_400_000).toISOString().slice(0, 10);

/** The dates of a Delphi round that opens today and closes in a week. */
export const roundOfAWeek = () => ({ opensOn: isoDay(0), closesOn: isoDay(7) });

/** A programme running through 2026 and 2027 unless told otherwise; one without a name is numbered. */
export async function newProgramme(
	fields: { name?: string; acronym?: string; startsOn?: string; endsOn?: string } = {}
): Promise<string> {
	serial += 1;
	const [row] = await db()
		.insert(programme)
		.values({
			name: { en: fields.name ?? `Programme ${serial}` },
			acronym: fields.acronym,
			startsOn: fields.startsOn ?? '2026-01-01',
			endsOn: fields.endsOn ?? '2027-12-31'
		})
		.returning({ id: programme.id });
	return row.id;
}

/** A new programme and its coordinator, who has an account (what a coordinator creates records it). */
export async function programmeWithCoordinator(
	coordinatorId: string,
	programmeFields: Parameters<typeof newProgramme>[0] = {}
): Promise<{ programmeId: string; coordinator: UserActor }> {
	const programmeId = await newProgramme(programmeFields);
	return { programmeId, coordinator: await withAccount(actor(coordinatorId, coordinatorOf(programmeId))) };
}

/**
 * Researchers in the directory, by name or so many numbered experts, each with an email address of
 * their own; their ids in the same order.
 */
export async function newPeople(names: number | readonly string[]): Promise<string[]> {
	serial += 1;
	const fullNames =
		typeof names === 'number'
			? Array.from({ length: names }, (_, index) => `Expert ${serial}-${index}`)
			: names;
	const rows = await db()
		.insert(person)
		.values(
			fullNames.map((fullName, index) => ({
				fullName,
				email: `person${serial}-${index}@example.org`,
				profession: 'researcher' as const
			}))
		)
		.returning({ id: person.id });
	return rows.map((row) => row.id);
}

/**
 * What the study form sends for a two-round study on the nine-point scale, "unable to rate"
 * allowed, decided by bands (in: ≥ 70 % rate 7–9 and ≤ 15 % rate 1–3; out: the mirror).
 */
export const nineScaleStudyInput = (programmeId: string, title: string) => ({
	programmeId,
	title: { en: title },
	scale: 'nine',
	allowsUnableToRate: 'on',
	roundsPlanned: '2',
	rule: { kind: 'bands', inMinHigh: '70', inMaxLow: '15', outMinLow: '70', outMaxHigh: '15' }
});
