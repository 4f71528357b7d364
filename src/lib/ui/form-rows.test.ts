import { describe, expect, it } from 'vitest';
import { rowFields, rowsOf } from './form-rows.js';

describe('repeated form rows', () => {
	it('collects rows in index order and drops the blank ones', () => {
		const values = {
			title: 'x',
			'countries.10.code': 'MT',
			'countries.2.code': 'GR',
			'countries.2.target': '3',
			'countries.3.code': ' ',
			'countries.3.target': '',
			'countriesX.1.code': 'FR',
			'other.1.code': 'IT'
		};
		expect(rowsOf(values, 'countries')).toEqual([{ code: 'GR', target: '3' }, { code: 'MT' }]);
	});

	it('is not fooled by names with special characters and ignores non-text values', () => {
		expect(rowsOf({ 'a.b.0.c': 'yes', 'axb.0.c': 'no', 'a.b.1.c': ['list'] }, 'a.b')).toEqual([{ c: 'yes' }]);
	});

	it('shows existing rows as text, then blank rows numbered after them', () => {
		expect(rowFields('countries', [{ code: 'GR', target: 3, note: null }], 2)).toEqual([
			{ index: 0, values: { code: 'GR', target: '3', note: '' } },
			{ index: 1, values: {} },
			{ index: 2, values: {} }
		]);
	});
});
