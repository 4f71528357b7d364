import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { moved } from './positions.js';

describe('moving a module or session', () => {
	it('puts it at the place asked for, counting from one', () => {
		expect(moved(['a', 'b', 'c'], 'c', 1)).toEqual(['c', 'a', 'b']);
		expect(moved(['a', 'b', 'c'], 'a', 2)).toEqual(['b', 'a', 'c']);
		expect(moved(['a', 'b', 'c'], 'b', 3)).toEqual(['a', 'c', 'b']);
	});

	it('puts it last when the place is past the end', () => {
		expect(moved(['a', 'b', 'c'], 'a', 99)).toEqual(['b', 'c', 'a']);
	});

	it('keeps every other item, in its order', () => {
		fc.assert(
			fc.property(
				fc.uniqueArray(fc.string(), { minLength: 1, maxLength: 20 }),
				fc.nat(),
				fc.integer({ min: 1, max: 25 }),
				(ids, pick, position) => {
					const id = ids[pick % ids.length];
					const result = moved(ids, id, position);
					expect([...result].sort()).toEqual([...ids].sort());
					expect(result.filter((other) => other !== id)).toEqual(ids.filter((other) => other !== id));
					expect(result.indexOf(id)).toBe(Math.min(position, ids.length) - 1);
				}
			)
		);
	});
});
