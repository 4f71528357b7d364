import { describe, expect, it } from 'vitest';
import { evaluate } from './report.js';
import { formatTable } from './table.js';
import { formatValue } from './units.js';

const at = new Date('2026-11-25T10:00:00Z');

describe('values as a reader sees them', () => {
	it('shows each unit in its own way', () => {
		expect(formatValue(1234.56, 'req/s')).toBe('1235 req/s');
		expect(formatValue(12.345, 'ms')).toBe('12.3 ms');
		expect(formatValue(14.25, 's')).toBe('14.3 s');
		expect(formatValue(153_600, 'bytes')).toBe('150.0 KiB');
		expect(formatValue(7, 'requests')).toBe('7 requests');
		expect(formatValue(6, 'statements')).toBe('6 statements');
		expect(formatValue(0, 'connections')).toBe('0 connections');
		expect(formatValue(1, 'yes/no')).toBe('yes');
		expect(formatValue(0, 'yes/no')).toBe('no');
	});
});

describe('the printed table', () => {
	const entries = [
		evaluate(
			'foundation',
			{
				name: 'API list: requests per second',
				value: 800,
				unit: 'req/s',
				ceiling: 4000,
				goal: { of: 'ceiling', comparison: '>=', target: 0.25 }
			},
			at
		),
		evaluate('foundation', { name: 'Home page: p95 latency', value: 8.25, unit: 'ms', ceiling: 2.5 }, at)
	];
	const lines = formatTable(entries).split('\n');

	it('has a header, a rule and one line per figure, with "NO" where a goal is missed', () => {
		expect(lines).toHaveLength(4);
		expect(lines[0].split(/\s{2,}/)).toEqual(['figure', 'value', 'ceiling', 'ratio', 'goal', 'met']);
		expect(lines[2].split(/\s{2,}/)).toEqual([
			'API list: requests per second',
			'800 req/s',
			'4000 req/s',
			'20.0 %',
			'≥ 25 % of the ceiling',
			'NO'
		]);
	});

	it('shows a dash where a figure has no goal', () => {
		expect(lines[3].split(/\s{2,}/)).toEqual([
			'Home page: p95 latency',
			'8.3 ms',
			'2.5 ms',
			'330.0 %',
			'—',
			'—'
		]);
	});

	it('aligns the columns', () => {
		const start = (line: string, text: string) => line.indexOf(text) + text.length;
		expect(start(lines[2], '4000 req/s')).toBe(start(lines[3], '2.5 ms'));
	});
});
