import { describe, expect, it } from 'vitest';
import { answeredOf, choiceCounts } from './value-counts.js';

describe('counts read back from grouped answers', () => {
	it('leaves the empty answers out of "answered"', () => {
		const found = new Map([
			['nurse', 3],
			['[]', 1],
			['{}', 1],
			['null', 1],
			['physician', 2]
		]);
		expect(answeredOf(found)).toBe(5);
	});

	it('finds a choice in a list by its quoted value, not inside a longer one', () => {
		const lists = new Map([
			['["c1", "c11"]', 2],
			['["c11"]', 3],
			['["c2"]', 4]
		]);
		expect(Object.fromEntries(choiceCounts(['c1', 'c11', 'c2', 'c3'], lists))).toEqual({
			c1: 2,
			c11: 5,
			c2: 4,
			c3: 0
		});
	});
});
