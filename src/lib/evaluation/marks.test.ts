import { describe, expect, it } from 'vitest';
import { markStep, readMark, readScores, scoreColumns, totalStep } from './marks.js';

const items = [
	{ name: 'first', marks: 2 },
	{ name: 'dose', marks: 1 }
];

describe('a mark typed from paper', () => {
	it('reads numbers as people write them, a decimal comma too', () => {
		expect(readMark(' 2 ', 2, 1)).toEqual({ mark: 2 });
		expect(readMark('1,5', 2, 0.5)).toEqual({ mark: 1.5 });
		expect(readMark('.5', 2, 0.5)).toEqual({ mark: 0.5 });
		expect(readMark('0', 2, 1)).toEqual({ mark: 0 });
		expect(readMark('', 2, 1)).toEqual({});
		expect(readMark('   ', 2, 1)).toEqual({});
	});

	it('says why a mark is refused', () => {
		expect(readMark('two', 2, 1)).toEqual({ problem: 'mark_not_a_number' });
		expect(readMark('1e1', 20, 1)).toEqual({ problem: 'mark_not_a_number' });
		expect(readMark('1.2.3', 2, 1)).toEqual({ problem: 'mark_not_a_number' });
		expect(readMark('-1', 2, 1)).toEqual({ problem: 'mark_negative' });
		expect(readMark('3', 2, 1)).toEqual({ problem: 'mark_above_marks' });
		expect(readMark('1.5', 2, 1)).toEqual({ problem: 'mark_step' });
	});

	it('takes the step of the item’s marks, and a total the steps every sum of them falls on', () => {
		expect([2, 1.5, 0.75, 0.3].map(markStep)).toEqual([1, 0.5, 0.25, 0.1]);
		expect(totalStep(items)).toBe(1);
		expect(totalStep([{ name: 'a', marks: 1.5 }, ...items])).toBe(0.5);
		expect(
			totalStep([
				{ name: 'a', marks: 0.25 },
				{ name: 'b', marks: 0.1 }
			])
		).toBe(0.05);
		// 0.1 + 0.2 is not 0.3 in binary: still on the steps and within the marks.
		expect(readMark('0.3', 0.3, 0.1)).toEqual({ mark: 0.3 });
	});
});

describe('a person’s row', () => {
	it('is not entered when every cell is blank', () => {
		expect(readScores(items, 'items', {})).toEqual({ kind: 'blank' });
		expect(readScores(items, 'items', { first: ' ', dose: '' })).toEqual({ kind: 'blank' });
	});

	it('gives the marks per item, or the total alone', () => {
		expect(readScores(items, 'items', { first: '2', dose: '0' })).toEqual({
			kind: 'scores',
			items: { first: 2, dose: 0 }
		});
		expect(scoreColumns(items, 'total')).toEqual([{ name: 'total', max: 3, step: 1 }]);
		expect(readScores(items, 'total', { total: '3' })).toEqual({ kind: 'scores', total: 3 });
		expect(readScores(items, 'total', { total: '4' })).toEqual({
			kind: 'refused',
			problems: [{ column: 'total', problem: 'mark_above_marks', value: '4' }]
		});
	});

	it('lists every cell’s problem, a blank among marks too', () => {
		expect(readScores(items, 'items', { first: 'x', dose: '' })).toEqual({
			kind: 'refused',
			problems: [
				{ column: 'first', problem: 'mark_not_a_number', value: 'x' },
				{ column: 'dose', problem: 'mark_missing', value: '' }
			]
		});
		expect(readScores(items, 'items', { first: '-1', dose: '2' })).toEqual({
			kind: 'refused',
			problems: [
				{ column: 'first', problem: 'mark_negative', value: '-1' },
				{ column: 'dose', problem: 'mark_above_marks', value: '2' }
			]
		});
	});
});
