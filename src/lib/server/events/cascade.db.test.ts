import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { db } from '../db/client.js';
import { programmeCascade } from '../programmes/cascade.js';
import { actor, coordinatorOf, focalPointOf } from '../testing/fixtures.js';
import { certificate, eventTrainer, registration } from '../db/schema/events.js';
import { programme, programmeCountry } from '../db/schema/programmes.js';
import { useTestDatabase } from '../testing/database.js';
import { newEvent } from '../testing/events.js';
import { cascadeNumbers, cascadeTree } from './cascade.js';

useTestDatabase();

let serial = 0;
async function register(
	eventId: string,
	countryCode: string,
	profession: 'nurse' | 'physician' | 'law_enforcement_officer',
	status: 'confirmed' | 'waitlisted' = 'confirmed'
) {
	const [row] = await db()
		.insert(registration)
		.values({
			eventId,
			fullName: `Person ${++serial}`,
			email: `p${serial}@example.org`,
			countryCode,
			profession,
			category: 'institution',
			status
		})
		.returning({ id: registration.id });
	return row.id;
}
async function certify(registrationId: string, revoked = false) {
	const [row] = await db()
		.insert(certificate)
		.values({ registrationId, code: `CODE-${++serial}`, revokedAt: revoked ? new Date() : null })
		.returning({ id: certificate.id });
	return row.id;
}

describe('the cascade', () => {
	it('counts certified and active trainers per country and the people their trainings reached', async () => {
		const [{ id: programmeId }] = await db()
			.insert(programme)
			.values({ name: { en: 'Cascade test' }, startsOn: '2018-01-01', endsOn: '2018-12-31' })
			.returning({ id: programme.id });
		const tot = await newEvent({
			programmeId,
			kind: 'training_of_trainers',
			startsOn: '2018-03-12',
			endsOn: '2018-03-14'
		});
		const greekActive = await certify(await register(tot, 'GR', 'physician'));
		await certify(await register(tot, 'GR', 'nurse'));
		const maltese = await certify(await register(tot, 'MT', 'nurse'));
		await certify(await register(tot, 'MT', 'nurse'), true);

		const greekPilot = await newEvent({ programmeId, totEventId: tot });
		for (const profession of ['nurse', 'nurse', 'physician'] as const)
			await register(greekPilot, 'GR', profession);
		await register(greekPilot, 'GR', 'nurse', 'waitlisted');
		const maltesePilot = await newEvent({
			programmeId,
			totEventId: tot,
			countryCode: 'MT',
			startsOn: '2018-06-01',
			endsOn: '2018-06-01'
		});
		for (const profession of ['law_enforcement_officer', 'nurse'] as const)
			await register(maltesePilot, 'MT', profession);
		await db()
			.insert(eventTrainer)
			.values([
				{ eventId: greekPilot, certificateId: greekActive },
				{ eventId: maltesePilot, certificateId: greekActive },
				{ eventId: maltesePilot, certificateId: maltese }
			]);

		expect(await cascadeNumbers(db(), programmeId)).toEqual([
			{
				countryCode: 'GR',
				trainersCertified: 2,
				trainersActive: 1,
				peopleReached: 5,
				byProfession: { nurse: 3, physician: 1, law_enforcement_officer: 1 }
			},
			{
				countryCode: 'MT',
				trainersCertified: 1,
				trainersActive: 1,
				peopleReached: 2,
				byProfession: { nurse: 1, law_enforcement_officer: 1 }
			}
		]);

		const tree = await cascadeTree(db(), tot, () => sql`true`);
		expect(tree.every((trainer) => trainer.fullName?.startsWith('Person'))).toBe(true);
		expect(
			tree.map((trainer) => [trainer.countryCode, trainer.trainings.map((t) => [t.countryCode, t.trainees])])
		).toEqual([
			[
				'GR',
				[
					['GR', 3],
					['MT', 2]
				]
			],
			['GR', []],
			['MT', [['MT', 2]]]
		]);
	});

	it("shows a focal point every country's numbers but only their own countries' trainers by name", async () => {
		const [{ id: programmeId }] = await db()
			.insert(programme)
			.values({ name: { en: 'Names in the cascade' }, startsOn: '2018-01-01', endsOn: '2018-12-31' })
			.returning({ id: programme.id });
		await db()
			.insert(programmeCountry)
			.values([
				{ programmeId, countryCode: 'GR', participation: 'pilot' },
				{ programmeId, countryCode: 'MT', participation: 'pilot' }
			]);
		const tot = await newEvent({
			programmeId,
			kind: 'training_of_trainers',
			startsOn: '2018-03-12',
			endsOn: '2018-03-14'
		});
		await certify(await register(tot, 'GR', 'nurse'));
		await certify(await register(tot, 'MT', 'nurse'));
		const names = async (reader: Parameters<typeof programmeCascade>[0]) => {
			const cascade = await programmeCascade(reader, programmeId);
			return {
				countries: cascade.numbers.map((row) => row.countryCode),
				trainers: cascade.trainingsOfTrainers[0].trainers.map((t) => [t.countryCode, t.fullName !== null])
			};
		};
		expect(await names(actor('u-focal-gr', focalPointOf('GR')))).toEqual({
			countries: ['GR', 'MT'],
			trainers: [
				['GR', true],
				['MT', false]
			]
		});
		expect(await names(actor('u-coordinator', coordinatorOf(programmeId)))).toEqual({
			countries: ['GR', 'MT'],
			trainers: [
				['GR', true],
				['MT', true]
			]
		});
	});
});
