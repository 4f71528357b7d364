import { describe, expect, it } from 'vitest';
import { demoTrainingFigures, type DemoTrainingInput } from './evaluation-figures.js';
import { seededRandom } from './seeded-random.js';

const input: DemoTrainingInput = {
	people: 40,
	items: Array.from({ length: 20 }, (_, i) => ({
		name: `item_${i + 1}`,
		pre: (i % 5) - 2,
		post: (i % 5) - 1,
		...(i === 3 && { guess: 0.5 })
	})),
	passMarkPercent: 70,
	followUpDays: [90, 180],
	ratings: [
		{ name: 'overall', shift: 0 },
		{ name: 'materials', shift: -0.3 }
	]
};

const total = (earned: Record<string, number>) => Object.values(earned).reduce((sum, mark) => sum + mark, 0);

describe('demo training figures', () => {
	it('are the same for the same seed and differ for another', () => {
		const figures = demoTrainingFigures(seededRandom('Athens'), input);
		expect(demoTrainingFigures(seededRandom('Athens'), input)).toEqual(figures);
		expect(demoTrainingFigures(seededRandom('Oslo'), input)).not.toEqual(figures);
	});

	it('mark every item 0 or 1, retake only failed post-tests, and ask follow-ups and satisfaction of post-test takers', () => {
		for (const seed of ['Sofia', 'Zagreb', 'Paris', 'Rome']) {
			const figures = demoTrainingFigures(seededRandom(seed), input);
			const attempts = [...figures.pre, ...figures.post, ...figures.followUps.flatMap((f) => f.attempts)];
			for (const { earned } of attempts) {
				expect(Object.keys(earned).sort()).toEqual(input.items.map((item) => item.name).sort());
				expect(Object.values(earned).every((mark) => mark === 0 || mark === 1)).toBe(true);
			}
			const firstPost = new Map(figures.post.filter((a) => a.attempt === 1).map((a) => [a.person, a]));
			for (const retake of figures.post.filter((a) => a.attempt === 2))
				expect(total(firstPost.get(retake.person)!.earned)).toBeLessThan(
					(input.passMarkPercent * input.items.length) / 100
				);
			for (const { person } of [...figures.followUps.flatMap((f) => f.attempts), ...figures.satisfaction])
				expect(firstPost.has(person)).toBe(true);
			for (const { ratings } of figures.satisfaction)
				for (const rating of Object.values(ratings)) expect([1, 2, 3, 4, 5]).toContain(rating);
			const rate = figures.satisfaction.length / input.people;
			expect(rate).toBeGreaterThanOrEqual(0.3 - 0.5 / input.people);
			expect(rate).toBeLessThanOrEqual(0.72 + 0.5 / input.people);
		}
	});
});
