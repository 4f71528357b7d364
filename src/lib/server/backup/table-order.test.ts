import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { insertionOrder, keysToDefer, type Reference } from './table-order.js';

const key = (table: string, references: string): Reference => ({ table, references });

describe('insertionOrder', () => {
	it('puts every table after the tables it references', () => {
		const keys = [key('person', 'organisation'), key('organisation', 'country'), key('role_grant', 'user')];
		expect(insertionOrder(['role_grant', 'person', 'user', 'organisation', 'country'], keys)).toEqual([
			'country',
			'organisation',
			'person',
			'user',
			'role_grant'
		]);
	});

	it('keeps a self-referencing table in the order and defers only its own key', () => {
		const keys = [key('event', 'event'), key('event', 'programme')];
		const order = insertionOrder(['event', 'programme'], keys);
		expect(order).toEqual(['programme', 'event']);
		expect(keysToDefer(order, keys)).toEqual([key('event', 'event')]);
	});

	it('keeps tables in a cycle together, puts what references them after, and defers one key', () => {
		const keys = [key('a', 'b'), key('b', 'a'), key('c', 'a'), key('a', 'base')];
		const order = insertionOrder(['c', 'b', 'a', 'base'], keys);
		expect(order).toEqual(['base', 'a', 'b', 'c']);
		expect(keysToDefer(order, keys)).toEqual([key('a', 'b')]);
	});

	it('ignores keys to tables it was not given', () => {
		expect(insertionOrder(['a'], [key('a', 'elsewhere')])).toEqual(['a']);
	});

	it('orders any schema: every table once, and only keys inside cycles deferred', () => {
		const names = ['a', 'b', 'c', 'd', 'e', 'f', 'g'];
		const schema = fc.record({
			tables: fc.uniqueArray(fc.constantFrom(...names), { minLength: 1 }),
			keys: fc.array(fc.tuple(fc.constantFrom(...names), fc.constantFrom(...names)), { maxLength: 15 })
		});
		fc.assert(
			fc.property(schema, ({ tables, keys }) => {
				const references = keys
					.map(([table, target]) => key(table, target))
					.filter((k) => tables.includes(k.table) && tables.includes(k.references));
				const order = insertionOrder(tables, references);
				expect([...order].sort()).toEqual([...tables].sort());
				expect(insertionOrder([...tables].reverse(), [...references].reverse())).toEqual(order);
				for (const deferred of keysToDefer(order, references)) {
					// A deferred key closes a cycle: its target reaches back to its table.
					expect(reaches(references, deferred.references, deferred.table)).toBe(true);
				}
			})
		);
	});
});

describe('keysToDefer', () => {
	it('defers keys that point at a table loaded later or at their own table', () => {
		const keys = [key('a', 'b'), key('b', 'a'), key('b', 'b')];
		expect(keysToDefer(['a', 'b'], keys)).toEqual([key('a', 'b'), key('b', 'b')]);
	});
});

/** Whether `from` reaches `to` following keys (table → referenced table). */
function reaches(keys: Reference[], from: string, to: string): boolean {
	const seen = new Set<string>();
	const queue = [from];
	while (queue.length > 0) {
		const table = queue.shift()!;
		if (table === to) return true;
		if (seen.has(table)) continue;
		seen.add(table);
		queue.push(...keys.filter((k) => k.table === table).map((k) => k.references));
	}
	return false;
}
