import { describe, expect, it } from 'vitest';
import { flatRows, rowCount, rowsOf } from './form-rows.js';

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

	it('writes rows back as flat fields, and counts the rows a form holds', () => {
		const fields = flatRows('countries', [{ code: 'GR', target: 3, note: null }, { code: 'MT' }]);
		expect(fields).toEqual({
			'countries.0.code': 'GR',
			'countries.0.target': '3',
			'countries.0.note': '',
			'countries.1.code': 'MT'
		});
		expect(rowsOf(fields, 'countries')).toEqual([{ code: 'GR', target: '3', note: '' }, { code: 'MT' }]);
		expect(rowCount({ ...fields, 'countries.4.code': '', 'countriesX.9.code': 'x' }, 'countries')).toBe(5);
		expect(rowCount({}, 'countries')).toBe(0);
	});
});
