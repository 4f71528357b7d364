import { describe, expect, it } from 'vitest';
import { measure, programmeProgress } from './progress.js';

describe('programme progress', () => {
	it('compares what was done with the target; no target, no share', () => {
		expect(measure(3, 4)).toEqual({ done: 3, target: 4, share: 0.75 });
		expect(measure(5, 4).share).toBe(1.25);
		expect(measure(2, 0)).toEqual({ done: 2, target: 0, share: null });
	});

	it('gives each country its trainings and people by profession, and the totals', () => {
		const progress = programmeProgress({
			countries: [
				{ countryCode: 'SI', participation: 'pilot', trainingsTarget: 2 },
				{ countryCode: 'MT', participation: 'rollout', trainingsTarget: 1 },
				{ countryCode: 'GR', participation: 'pilot', trainingsTarget: 0 }
			],
			peopleTargets: [
				{ countryCode: 'SI', profession: 'nurse', people: 10 },
				{ countryCode: 'SI', profession: 'physician', people: 10 },
				{ countryCode: 'MT', profession: 'nurse', people: 20 }
			],
			trainingsHeld: [
				{ countryCode: 'SI', trainings: 2 },
				{ countryCode: 'XX', trainings: 9 }
			],
			peopleTrained: [
				{ countryCode: 'SI', profession: 'nurse', people: 12 },
				{ countryCode: 'SI', profession: 'law_enforcement_officer', people: 42 }
			]
		});
		expect(progress.countries.map((c) => c.countryCode)).toEqual(['SI', 'MT', 'GR']);
		const [slovenia, malta, greece] = progress.countries;
		expect(slovenia.trainings).toEqual({ done: 2, target: 2, share: 1 });
		expect(slovenia.people).toEqual({ done: 54, target: 20, share: 2.7 });
		expect(slovenia.byProfession).toEqual([
			{ profession: 'law_enforcement_officer', done: 42, target: 0, share: null },
			{ profession: 'nurse', done: 12, target: 10, share: 1.2 },
			{ profession: 'physician', done: 0, target: 10, share: 0 }
		]);
		expect(malta).toMatchObject({
			trainings: { done: 0, target: 1, share: 0 },
			people: { done: 0, target: 20 }
		});
		expect(greece).toMatchObject({ trainings: { share: null }, people: { share: null }, byProfession: [] });
		// Trainings in a country that is not part of the programme do not count.
		expect(progress.total.trainings).toEqual({ done: 2, target: 3, share: 2 / 3 });
		expect(progress.total.people).toEqual({ done: 54, target: 40, share: 54 / 40 });
		expect(progress.total.byProfession.find((p) => p.profession === 'nurse')).toEqual({
			profession: 'nurse',
			done: 12,
			target: 30,
			share: 0.4
		});
	});
});
