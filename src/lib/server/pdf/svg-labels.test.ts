import { describe, expect, it } from 'vitest';
import { renderBarChart } from '../charts/bar-chart.js';
import { splitSvgLabels } from './svg-labels.js';

const chart = (dir: 'ltr' | 'rtl') =>
	renderBarChart(
		[
			{ label: 'Hygiène & soins', value: 40 },
			{ label: 'M2', value: null }
		],
		{ id: 'gain', title: 'Gain', format: (value) => `${value} %`, domain: [0, 100], dir }
	);

describe('splitSvgLabels', () => {
	it('takes every label out of the chart, with its place, anchor, colour and size', () => {
		const { shapes, labels, width, height, direction } = splitSvgLabels(chart('ltr'));
		expect(shapes).not.toContain('<text');
		expect(shapes).toContain('<rect');
		expect(shapes).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg" viewBox="0 0 640 \d+">/);
		expect([width, direction]).toEqual([640, 'ltr']);
		expect(height).toBeGreaterThan(50);
		expect(labels.find((label) => label.text === 'Hygiène & soins')).toMatchObject({
			x: 182,
			anchor: 'end',
			fill: '#1b1f24',
			fontSize: 13
		});
		// The missing figure's dash and the axis' ticks (smaller, muted) are labels too.
		expect(labels.find((label) => label.text === '—')).toMatchObject({ anchor: 'start' });
		expect(labels.find((label) => label.text === '100 %')).toMatchObject({ anchor: 'middle', fontSize: 11 });
	});

	it('says when the chart is laid out right to left', () => {
		const { labels, direction } = splitSvgLabels(chart('rtl'));
		expect(direction).toBe('rtl');
		expect(labels.find((label) => label.text === 'M2')?.x).toBe(640 - 182);
	});

	it('refuses markup that is not one chart', () => {
		expect(() => splitSvgLabels('<div>no</div>')).toThrow();
		expect(() => splitSvgLabels('<svg xmlns="http://www.w3.org/2000/svg"></svg>')).toThrow(/viewBox/);
	});
});
