import { describe, expect, it } from 'vitest';
import { attemptsByPerson, moduleMarks, type Attempt } from './attempts.js';
import { groupByVersions, prePostGroups, scaleOf, type Measured } from './comparisons.js';
import { needsChecking } from './item-analysis.js';

const attempt = (registrationId: string, number: number, score: number, passed: boolean | null): Attempt => ({
	registrationId,
	attempt: number,
	versionId: 'v1',
	score,
	maxScore: 20,
	passed,
	submittedAt: new Date('2026-01-01T10:00:00Z'),
	items: null
});

describe('each person’s attempts', () => {
	it('keeps the first for the gain, the best beside it, and a pass at any attempt', () => {
		const people = attemptsByPerson([
			attempt('ana', 2, 18, true),
			attempt('ana', 1, 9, false),
			attempt('ana', 3, 18, true),
			attempt('ben', 1, 15, null)
		]);
		expect(people.get('ana')).toMatchObject({
			first: { attempt: 1 },
			best: { attempt: 2 },
			count: 3,
			passed: true
		});
		expect(people.get('ben')).toMatchObject({
			first: { attempt: 1 },
			best: { attempt: 1 },
			count: 1,
			passed: null
		});
	});

	it('sums marks per module tag, leaving untagged items to the total', () => {
		const sums = moduleMarks([
			{ item: 'a', module: 'M1', marks: 2, earned: 2 },
			{ item: 'b', module: 'M1', marks: 1, earned: 0 },
			{ item: 'c', module: null, marks: 5, earned: 5 }
		]);
		expect([...sums]).toEqual([['M1', { earned: 2, marks: 3 }]]);
	});
});

const measured = (versionId: string, score: number, maxScore: number): Measured => ({
	versionId,
	score,
	maxScore,
	items: null
});

describe('comparisons across instrument versions', () => {
	it('groups people by the versions they answered, and drops those missing a measure', () => {
		const pre = new Map([
			['ana', measured('p1', 1, 4)],
			['ben', measured('p1', 2, 4)],
			['cem', measured('p1', 2, 4)]
		]);
		const post = new Map([
			['ana', measured('q1', 3, 4)],
			['ben', measured('q2', 4, 4)]
		]);
		expect(groupByVersions([pre, post])).toEqual([
			{ versionIds: ['p1', 'q1'], people: ['ana'] },
			{ versionIds: ['p1', 'q2'], people: ['ben'] }
		]);
	});

	it('counts in marks when the maxima agree, else in percent of each version’s maximum', () => {
		expect(scaleOf([20, 20])).toEqual({ unit: 'marks', maxScore: 20 });
		expect(scaleOf([20, 10])).toEqual({ unit: 'percent', maxScore: 100 });
		const people = ['a', 'b', 'c', 'd', 'e'];
		const pre = new Map(people.map((person, index) => [person, measured('short', index, 10)]));
		const post = new Map(people.map((person, index) => [person, measured('long', 2 * index + 10, 20)]));
		const [group] = prePostGroups(pre, post);
		expect(group.scale.unit).toBe('percent');
		// pre 0, 10, 20, 30, 40 % and post 50, 60, 70, 80, 90 %: every gain is 50 points
		expect(group.figures).toMatchObject({ n: 5, disclosure: 'descriptive', meanGain: 50, sdGain: 0 });
		expect(group.figures.pre?.mean).toBe(20);
	});
});

describe('weak items', () => {
	it('flags them as Moodle’s question bank does (discrimination under 30, under 50)', () => {
		expect([-5, 29.9, 30, 49.9, 50, null].map(needsChecking)).toEqual([
			'very_likely',
			'very_likely',
			'likely',
			'likely',
			null,
			null
		]);
	});
});
