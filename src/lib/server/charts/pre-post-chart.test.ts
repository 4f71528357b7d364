import { describe, expect, it } from 'vitest';
import { allNamed, parseSvg, titleOf, type SvgNode } from '../testing/svg-tree.js';
import { renderPrePostChart, type PrePostChartOptions, type PrePostGroup } from './pre-post-chart.js';

const options: PrePostChartOptions = {
	id: 'gain',
	title: 'Mean score before and after',
	format: (v) => v.toFixed(0),
	labels: { pre: 'Pre-test', post: 'Post-test', followUp: 'Follow-up' },
	domain: [0, 100]
};
const groups: PrePostGroup[] = [
	{ label: 'Nurses', pre: 60, post: 80, followUp: 75 },
	{ label: 'Doctors', pre: 70, post: 90 },
	{ label: 'Midwives', pre: 50, post: 70, suppressed: true }
];

// The plot runs from x = 190 to 640 − 24 = 616 for 0 to 100.
const at = (value: number) => 190 + (value / 100) * 426;
const circles = (svg: SvgNode) =>
	allNamed(svg, 'circle').map((c) => ({
		x: Number(c.attributes.cx),
		filled: c.attributes.fill !== '#ffffff'
	}));

describe('renderPrePostChart', () => {
	const svg = parseSvg(renderPrePostChart(groups, options));

	it("joins each group's pre-test mean (hollow) to its post-test mean (filled) at their places on the axis", () => {
		const [, , nursesPre, nursesPost, doctorsPre, doctorsPost] = circles(svg);
		expect(nursesPre.x).toBeCloseTo(at(60), 1);
		expect(nursesPre.filled).toBe(false);
		expect(nursesPost.x).toBeCloseTo(at(80), 1);
		expect(nursesPost.filled).toBe(true);
		expect([doctorsPre.x, doctorsPost.x]).toEqual([expect.closeTo(at(70), 1), expect.closeTo(at(90), 1)]);
		const lines = allNamed(svg, 'line').filter((line) => line.attributes.y1 === line.attributes.y2);
		expect(lines.map((line) => [Number(line.attributes.x1), Number(line.attributes.x2)])).toEqual([
			[expect.closeTo(at(60), 1), expect.closeTo(at(80), 1)],
			[expect.closeTo(at(70), 1), expect.closeTo(at(90), 1)]
		]);
	});

	it('marks the follow-up mean, and names the three marks in a key', () => {
		const diamonds = allNamed(svg, 'path');
		expect(diamonds).toHaveLength(2); // the key's and the nurses'
		expect(diamonds[1].attributes.d).toMatch(new RegExp(`^M${Math.round(at(75) * 10) / 10},`));
		const texts = allNamed(svg, 'text').map((text) => text.text);
		expect(texts.slice(0, 3)).toEqual(['Pre-test', 'Post-test', 'Follow-up']);
		const without = parseSvg(renderPrePostChart(groups.slice(1), options));
		expect(allNamed(without, 'text').map((text) => text.text)).not.toContain('Follow-up');
	});

	it('shows "—" and no mark for a suppressed group', () => {
		const texts = allNamed(svg, 'text').map((text) => text.text);
		expect(texts).toContain('Midwives');
		expect(texts.filter((text) => text === '—')).toHaveLength(1);
		expect(circles(svg)).toHaveLength(6); // two in the key, two per group shown
	});

	it('mirrors for a right-to-left reader', () => {
		const rtl = parseSvg(renderPrePostChart(groups, { ...options, dir: 'rtl' }));
		expect(rtl.attributes.direction).toBe('rtl');
		expect(circles(rtl)[2].x).toBeCloseTo(640 - at(60), 1);
	});

	it('escapes labels and titles', () => {
		const hostile = renderPrePostChart([{ label: '<script>x</script> & co', pre: 1, post: 2 }], {
			...options,
			title: '"A" & <B>',
			labels: { pre: '<pre>', post: 'post & after' }
		});
		expect(hostile).not.toContain('<script');
		expect(hostile).not.toContain('<pre>');
		const parsed = parseSvg(hostile);
		expect(titleOf(parsed)).toBe('"A" & <B>');
		expect(allNamed(parsed, 'text').map((text) => text.text)).toEqual(
			expect.arrayContaining(['<script>x</script> & co', '<pre>', 'post & after'])
		);
	});
});
