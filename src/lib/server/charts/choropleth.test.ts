import countries from 'i18n-iso-countries';
import en from 'i18n-iso-countries/langs/en.json' with { type: 'json' };
import { describe, expect, it } from 'vitest';
import { allNamed, parseSvg, pathExtent, titleOf, type SvgNode } from '../testing/svg-tree.js';
import { renderChoropleth, type ChoroplethOptions, type MapDatum } from './choropleth.js';

countries.registerLocale(en);

const europe = [
	...['AT', 'BE', 'BG', 'HR', 'CY', 'CZ', 'DK', 'EE', 'FI', 'FR', 'DE', 'GR', 'HU', 'IE', 'IT', 'LV', 'LT'],
	...['LU', 'MT', 'NL', 'PL', 'PT', 'RO', 'SK', 'SI', 'ES', 'SE', 'IS', 'LI', 'NO', 'CH', 'GB', 'AL', 'BA'],
	...['ME', 'MK', 'RS', 'XK', 'BY', 'MD', 'UA', 'TR', 'AD', 'MC', 'SM']
];

const options: ChoroplethOptions = {
	id: 'gain-map',
	view: 'europe',
	classes: { method: 'fixed', breaks: [0, 25, 50, 75, 100] },
	format: (value) => value.toFixed(0),
	labels: {
		title: 'Mean post-test score',
		noData: 'No data',
		suppressed: 'Suppressed (n < 5)',
		legendTitle: 'Score (%)'
	},
	countryName: (code) => countries.getName(code, 'en')
};

const data: MapDatum[] = europe.map((code, i) => ({
	code,
	value: 20 + ((i * 37) % 80),
	href: `/evaluation?country=${code}`
}));

/** The drawn country titled `name` (a link or a group holding its title and shapes). */
function country(svg: SvgNode, name: string): SvgNode {
	const found = [...allNamed(svg, 'a'), ...allNamed(svg, 'g')].filter((node) =>
		titleOf(node)?.startsWith(`${name} — `)
	);
	expect(found, name).toHaveLength(1);
	return found[0];
}

describe('renderChoropleth', () => {
	const markup = renderChoropleth(data, options);
	const svg = parseSvg(markup);
	const width = Number(svg.attributes.width);

	it('draws every country of the data, each linking to its dashboard and titled with name and value', () => {
		const links = allNamed(svg, 'a');
		expect(links).toHaveLength(europe.length);
		expect(links.map((link) => link.attributes.href).sort()).toEqual(
			europe.map((code) => `/evaluation?country=${code}`).sort()
		);
		const france = data.find((datum) => datum.code === 'FR');
		expect(titleOf(country(svg, 'France'))).toBe(`France — ${france?.value}`);
	});

	it('is a labelled, accessible drawing', () => {
		expect(svg.attributes.role).toBe('group');
		expect(svg.attributes['aria-labelledby']).toBe('gain-map-title');
		expect(allNamed(svg, 'title')[0]).toMatchObject({
			attributes: { id: 'gain-map-title' },
			text: 'Mean post-test score'
		});
		const image = parseSvg(
			renderChoropleth([{ code: 'FR', value: 3 }], {
				...options,
				labels: { ...options.labels, description: 'Scores by country' }
			})
		);
		expect(image.attributes.role).toBe('img');
		expect(image.attributes['aria-labelledby']).toBe('gain-map-title gain-map-desc');
		expect(allNamed(image, 'desc')[0].text).toBe('Scores by country');
	});

	it('draws Malta, Andorra, Monaco, San Marino and Liechtenstein (absent from 1:110m) as dots', () => {
		for (const name of ['Malta', 'Andorra', 'Monaco', 'San Marino', 'Liechtenstein']) {
			const drawn = country(svg, name);
			expect(allNamed(drawn, 'circle'), name).toHaveLength(1);
			expect(allNamed(drawn, 'path'), name).toHaveLength(0);
		}
	});

	it('finds Kosovo, which has no numeric code in world-atlas', () => {
		expect(allNamed(country(svg, 'Kosovo'), 'path')).toHaveLength(1);
	});

	it('fits Europe to its mainlands: French Guiana and the Canaries do not stretch the view', () => {
		const extent = (name: string) => pathExtent(allNamed(country(svg, name), 'path')[0].attributes.d);
		const france = extent('France');
		expect(france.x[0]).toBeGreaterThan(0);
		expect(france.x[1] - france.x[0]).toBeLessThan(width * 0.3);
		// Portugal's west coast near the left edge, Cyprus near the right: the programme fills the width.
		expect(extent('Portugal').x[0]).toBeLessThan(width * 0.05);
		expect(extent('Cyprus').x[1]).toBeGreaterThan(width * 0.75);
	});

	it('greys countries without data and hatches suppressed ones without showing their value', () => {
		const grey = renderChoropleth(
			[
				{ code: 'FR', value: null },
				{ code: 'DE', value: 3, suppressed: true, href: '/evaluation?country=DE' },
				{ code: 'IT', value: 60 }
			],
			options
		);
		const map = parseSvg(grey);
		expect(titleOf(country(map, 'France'))).toBe('France — No data');
		expect(allNamed(country(map, 'France'), 'path')[0].attributes.fill).toBe('#d9d9d9');
		expect(titleOf(country(map, 'Germany'))).toBe('Germany — Suppressed (n < 5)');
		expect(allNamed(country(map, 'Germany'), 'path')[0].attributes.fill).toBe('url(#gain-map-hatch)');
		expect(allNamed(map, 'pattern').map((p) => p.attributes.id)).toEqual(['gain-map-hatch']);
		expect(titleOf(country(map, 'Russian Federation'))).toBe('Russian Federation — No data');
		// The legend writes each colour's meaning, and both kinds of missing figure.
		const legend = allNamed(map, 'text').map((text) => text.text);
		expect(legend).toEqual([
			'Score (%)',
			'0 – < 25',
			'25 – < 50',
			'50 – < 75',
			'75 – 100',
			'No data',
			'Suppressed (n < 5)'
		]);
	});

	it('colours each country by its class and writes the value as its label says', () => {
		const map = parseSvg(
			renderChoropleth(
				[
					{ code: 'FR', value: 10, label: '10 % (n = 12)' },
					{ code: 'ES', value: 99 }
				],
				options
			)
		);
		expect(allNamed(country(map, 'France'), 'path')[0].attributes.fill).toBe('#eff3ff');
		expect(titleOf(country(map, 'France'))).toBe('France — 10 % (n = 12)');
		expect(allNamed(country(map, 'Spain'), 'path')[0].attributes.fill).toBe('#2171b5');
	});

	it('escapes names, labels and links', () => {
		const hostile = renderChoropleth(
			[{ code: 'FR', value: 50, label: '<b>50</b> & more', href: '/e?a=1&b="2"' }],
			{
				...options,
				labels: { ...options.labels, title: '<script>alert(1)</script> & co' },
				countryName: (code) => (code === 'FR' ? 'France <script>x</script> & "Co"' : undefined)
			}
		);
		expect(hostile).not.toContain('<script');
		const map = parseSvg(hostile);
		expect(titleOf(map)).toBe('<script>alert(1)</script> & co');
		const france = country(map, 'France <script>x</script> & "Co"');
		expect(titleOf(france)).toBe('France <script>x</script> & "Co" — <b>50</b> & more');
		expect(france.attributes.href).toBe('/e?a=1&b="2"');
	});

	it('mirrors the legend for a right-to-left reader', () => {
		const map = parseSvg(renderChoropleth(data, { ...options, dir: 'rtl' }));
		expect(map.attributes.direction).toBe('rtl');
		const swatches = allNamed(map, 'rect').filter((rect) => rect.attributes.width === '14');
		expect(Number(swatches[0].attributes.x)).toBeGreaterThan(width / 2);
	});

	it('draws MENA with Bahrain as a dot, and a country too small to see at the width as a dot too', () => {
		const mena = parseSvg(
			renderChoropleth(
				[
					{ code: 'BH', value: 40 },
					{ code: 'EG', value: 70 }
				],
				{ ...options, view: 'mena' }
			)
		);
		expect(allNamed(country(mena, 'Bahrain'), 'circle')).toHaveLength(1);
		expect(allNamed(country(mena, 'Egypt'), 'path')).toHaveLength(1);
		const small = parseSvg(renderChoropleth([{ code: 'LU', value: 40 }], { ...options, width: 300 }));
		expect(allNamed(country(small, 'Luxembourg'), 'circle')).toHaveLength(1);
	});

	it('stays small: a Europe map of 45 countries is under 60 KB', () => {
		expect(europe).toHaveLength(45);
		expect(markup.length).toBeLessThan(60_000);
	});
});
