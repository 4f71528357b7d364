// What database tests build again and again: signed-in actors, the matcher for a refusal, dates,
// and programme, directory and Delphi rows with names that do not collide. For tests only.
import { expect } from 'vitest';
import type { Grant, UserActor } from '../auth/actor.js';
import { db } from '../db/client.js';
import { user } from '../db/schema/auth.js';
import { person } from '../db/schema/directory.js';
import { programme } from '../db/schema/programmes.js';

/** A signed-in user with these grants, without an account row (programmeWithCoordinator makes one). */
export const actor = (userId: string, ...grants: Grant[]): UserActor => ({
	kind: 'user',
	userId,
	name: userId,
	email: `${userId}@example.org`,
	grants
});

/** A signed-in user whose account row exists, for what records its author (a study, a survey). */
async function accountActor(userId: string, ...grants: Grant[]): Promise<UserActor> {
	const signedIn = actor(userId, ...grants);
	await db().insert(user).values({ id: userId, name: signedIn.name, email: signedIn.email });
	return signedIn;
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

/** The calendar day (YYYY-MM-DD, UTC) this many days from today. */
const isoDay = (daysFromToday: number) =>
	new Date(Date.now() + daysFromToday * 86_400_000).toISOString().slice(0, 10);

/** The dates of a Delphi round that opens today and closes in a week. */
export const roundOfAWeek = () => ({ opensOn: isoDay(0), closesOn: isoDay(7) });

let serial = 0;

/** A programme running through 2026 and 2027; one without a name is numbered. */
export async function newProgramme(fields: { name?: string; acronym?: string } = {}): Promise<string> {
	serial += 1;
	const [row] = await db()
		.insert(programme)
		.values({
			name: { en: fields.name ?? `Programme ${serial}` },
			acronym: fields.acronym,
			startsOn: '2026-01-01',
			endsOn: '2027-12-31'
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
	return { programmeId, coordinator: await accountActor(coordinatorId, coordinatorOf(programmeId)) };
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
