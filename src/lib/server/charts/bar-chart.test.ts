import { describe, expect, it } from 'vitest';
import { allNamed, parseSvg, titleOf } from '../testing/svg-tree.js';
import { renderBarChart, type BarChartOptions, type BarRow } from './bar-chart.js';

const options: BarChartOptions = {
	id: 'scores',
	title: 'Post-test score by country',
	format: (v) => `${v.toFixed(0)} %`,
	domain: [0, 100]
};
const rows: BarRow[] = [
	{ label: 'Italy', value: 72, low: 65, high: 79 },
	{ label: 'Greece', value: 50 },
	{ label: 'Malta', value: 4, suppressed: true },
	{ label: 'Cyprus', value: null }
];

const texts = (markup: string) => allNamed(parseSvg(markup), 'text').map((text) => text.text);
const bars = (markup: string) => allNamed(parseSvg(markup), 'rect');

describe('renderBarChart', () => {
	const markup = renderBarChart(rows, options);

	it('draws a bar as long as its value on the axis, with its label and value', () => {
		const [italy, greece] = bars(markup);
		// The plot runs from x = 190 to 640 − 90 = 550 for 0 to 100.
		expect(Number(italy.attributes.x)).toBe(190);
		expect(Number(italy.attributes.width)).toBeCloseTo(0.72 * 360, 0);
		expect(Number(greece.attributes.width)).toBeCloseTo(0.5 * 360, 0);
		expect(texts(markup)).toEqual(
			expect.arrayContaining(['Italy', '72 %', 'Greece', '50 %', '0 %', '100 %'])
		);
	});

	it('draws the confidence interval as whiskers from low to high', () => {
		const [whiskers] = allNamed(parseSvg(markup), 'path');
		expect(whiskers.attributes.d).toMatch(/^M424,\d+(\.\d)?H474.4/);
	});

	it('shows "—" and no bar, nor its value, for suppressed rows and rows without a figure', () => {
		expect(bars(markup)).toHaveLength(2);
		expect(texts(markup).filter((text) => text === '—')).toHaveLength(2);
		expect(texts(markup)).not.toContain('4 %');
	});

	it('is one labelled image', () => {
		const svg = parseSvg(markup);
		expect(svg.attributes).toMatchObject({
			role: 'img',
			'aria-labelledby': 'scores-title',
			direction: 'ltr'
		});
		expect(titleOf(svg)).toBe('Post-test score by country');
	});

	it('puts labels on the right and grows bars leftwards for a right-to-left reader', () => {
		const rtl = renderBarChart(rows, { ...options, dir: 'rtl' });
		const svg = parseSvg(rtl);
		expect(svg.attributes.direction).toBe('rtl');
		const [italy] = bars(rtl);
		expect(Number(italy.attributes.x) + Number(italy.attributes.width)).toBeCloseTo(640 - 190, 1);
		const label = allNamed(svg, 'text').find((text) => text.text === 'Italy');
		expect(Number(label?.attributes.x)).toBe(640 - 182);
	});

	it('takes the axis from the values, zero included, when no domain is given', () => {
		const free = renderBarChart(
			[
				{ label: 'A', value: 7 },
				{ label: 'B', value: 3, high: 12 }
			],
			{ ...options, domain: undefined }
		);
		expect(texts(free)).toEqual(expect.arrayContaining(['0 %', '12 %']));
		expect(() => renderBarChart(rows, { ...options, domain: [5, 5] })).toThrow(RangeError);
	});

	it('escapes labels and titles', () => {
		const hostile = renderBarChart(
			[{ label: '<script>alert(1)</script> & co', value: 1, valueLabel: '<1> & "2"' }],
			{
				...options,
				title: 'A & <b>B</b>'
			}
		);
		expect(hostile).not.toContain('<script');
		expect(texts(hostile)).toEqual(expect.arrayContaining(['<script>alert(1)</script> & co', '<1> & "2"']));
		expect(titleOf(parseSvg(hostile))).toBe('A & <b>B</b>');
	});
});
