// Evaluated events with random scores written straight into their tables, and the raw scores kept
// beside, so tests can recompute every dashboard figure from them. For tests only.
import { eq } from 'drizzle-orm';
import type { Profession } from '../../directory/values.js';
import type { EventKind } from '../../events/values.js';
import type { UserActor } from '../auth/actor.js';
import { db } from '../db/client.js';
import { evaluationPhase, evaluationSubmission } from '../db/schema/evaluation.js';
import { registration } from '../db/schema/events.js';
import { programmeCountry } from '../db/schema/programmes.js';
import { survey } from '../db/schema/surveys.js';
import { versionOf } from '../evaluation/record.js';
import { newTest } from './evaluation.js';
import { newEvent } from './events.js';

/** A seeded pseudo-random number generator (mulberry32): the same seed, the same data. */
export function seededRandom(seed: number): () => number {
	let state = seed >>> 0;
	return () => {
		state = (state + 0x6d2b79f5) >>> 0;
		let t = state;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

/** One person as seeded: their scores out of `maxScore` (absent: not taken). */
export type SeededPerson = {
	registrationId: string;
	eventId: string;
	eventKind: EventKind;
	startsOn: string;
	countryCode: string;
	profession: Profession;
	email: string;
	pre?: number;
	post?: number;
	followUp?: number;
};

export const seededMaxScore = 20;

type SeedOptions = {
	seed: number;
	events: number;
	countries: readonly string[];
	professions?: readonly Profession[];
	/** People per event, from `minPeople` to `maxPeople`. */
	minPeople?: number;
	maxPeople?: number;
};

/**
 * `events` events of the programme (pilots and rollouts over 2024–2025) with random participants
 * from `countries`, pre-tests (90 %), post-tests (85 %) and 90-day follow-ups (half of those with
 * both); some people come back to a second event with the same email. The programme's countries are
 * added. Returns every person's raw scores.
 */
export async function seedEvaluatedEvents(
	coordinator: UserActor,
	programmeId: string,
	options: SeedOptions
): Promise<SeededPerson[]> {
	const random = seededRandom(options.seed);
	const pick = <T>(values: readonly T[]) => values[Math.floor(random() * values.length)];
	const professions = options.professions ?? (['nurse', 'physician', 'psychologist'] as const);
	await db()
		.insert(programmeCountry)
		.values(
			options.countries.map((countryCode) => ({
				programmeId,
				countryCode,
				participation: 'pilot' as const,
				trainingsTarget: 2
			}))
		)
		.onConflictDoNothing();
	const surveyId = await newTest(coordinator, programmeId);
	const [{ definition }] = await db()
		.select({ definition: survey.definition })
		.from(survey)
		.where(eq(survey.id, surveyId));
	const versionId = await versionOf(surveyId, definition);
	const people: SeededPerson[] = [];
	const score = (centre: number) =>
		Math.max(0, Math.min(seededMaxScore, Math.round(centre + (random() - 0.5) * 10)));
	for (let index = 0; index < options.events; index++) {
		const eventKind: EventKind = random() < 0.5 ? 'pilot_training' : 'rollout_training';
		const startsOn = `${2024 + Math.floor(random() * 2)}-0${1 + Math.floor(random() * 9)}-1${Math.floor(random() * 9)}`;
		const eventId = await newEvent({
			programmeId,
			kind: eventKind,
			startsOn,
			endsOn: startsOn,
			countryCode: pick(options.countries)
		});
		const phases = await db()
			.insert(evaluationPhase)
			.values(
				(['pre', 'post', 'follow_up'] as const).map((phase) => ({
					eventId,
					phase,
					offsetDays: phase === 'follow_up' ? 90 : 0,
					surveyId,
					opensAt: new Date('2024-01-01T00:00:00Z'),
					closesAt: new Date('2026-01-01T00:00:00Z'),
					passMarkPercent: phase === 'post' ? 70 : null
				}))
			)
			.returning({ id: evaluationPhase.id, phase: evaluationPhase.phase });
		const phaseId = (phase: string) => phases.find((row) => row.phase === phase)!.id;
		const size =
			(options.minPeople ?? 3) +
			Math.floor(random() * ((options.maxPeople ?? 14) - (options.minPeople ?? 3) + 1));
		const seats = Array.from({ length: size }, (_, seat) => ({
			countryCode: pick(options.countries),
			profession: pick(professions),
			// Some people take part in several events: the same address, another registration.
			email:
				random() < 0.2 ? `returning${Math.floor(random() * 10)}@example.org` : `p${index}-${seat}@example.org`
		}));
		const unique = seats.filter((seat, at) => seats.findIndex((other) => other.email === seat.email) === at);
		const registered = await db()
			.insert(registration)
			.values(
				unique.map((seat, seatIndex) => ({
					eventId,
					fullName: `Person ${index}-${seatIndex}`,
					email: seat.email,
					countryCode: seat.countryCode,
					profession: seat.profession,
					category: 'social_worker' as const,
					status: 'confirmed' as const
				}))
			)
			.returning({ id: registration.id });
		for (const [seatIndex, seat] of unique.entries()) {
			const person: SeededPerson = {
				registrationId: registered[seatIndex].id,
				eventId,
				eventKind,
				startsOn,
				...seat
			};
			const base = 8 + random() * 6;
			if (random() < 0.9) person.pre = score(base);
			if (random() < 0.85) person.post = score(base + 4);
			if (person.pre !== undefined && person.post !== undefined && random() < 0.5)
				person.followUp = score(base + 2);
			people.push(person);
			const tests = (['pre', 'post', 'followUp'] as const).filter((phase) => person[phase] !== undefined);
			if (tests.length === 0) continue;
			await db()
				.insert(evaluationSubmission)
				.values(
					tests.map((phase) => ({
						phaseId: phaseId(phase === 'followUp' ? 'follow_up' : phase),
						eventId,
						registrationId: person.registrationId,
						versionId,
						score: person[phase],
						maxScore: seededMaxScore,
						passed: phase === 'post' ? person.post! * 100 >= 70 * seededMaxScore : null,
						countryCode: person.countryCode,
						profession: person.profession,
						source: 'entry' as const
					}))
				);
		}
	}
	return people;
}
