import { buildLegend, type ClassMethod, type Ramp } from './classes.js';
import { drawLegend, type LegendEntry } from './legend.js';
import { projectedView, type MapView } from './map-views.js';
import { escapeXml, ink, px, svgOpen, type Direction, type NumberFormat } from './svg.js';

/** One country's figure: `value` null when there is none; a suppressed cell (n < 5) shows no value. */
export type MapDatum = {
	/** ISO 3166-1 alpha-2, as MHub stores countries. */
	code: string;
	value: number | null;
	suppressed?: boolean;
	/** The value as the reader should see it (e.g. "72 % (n = 31)"); the formatted value when absent. */
	label?: string;
	/** Where the country leads (its filtered dashboard). */
	href?: string;
};

/** The map's words, in the reader's language (the caller translates). */
export type MapLabels = {
	title: string;
	description?: string;
	legendTitle?: string;
	noData: string;
	/** E.g. "Suppressed (n < 5)". */
	suppressed: string;
};

export type ChoroplethOptions = {
	/** Unique on the page: the SVG's title, description and hatch pattern take ids from it. */
	id: string;
	view: MapView;
	classes: ClassMethod;
	ramp?: Ramp;
	format: NumberFormat;
	rangeText?: (lower: number, upper: number, closed: boolean) => string;
	labels: MapLabels;
	/** The country's name in the reader's language; its code when none. */
	countryName?: (code: string) => string | undefined;
	dir?: Direction;
	width?: number;
};

const noDataGrey = '#d9d9d9';
/** A country smaller than this (px²) also gets a dot, so it can be seen and clicked. */
const tinyArea = 16;
const dotRadius = 4;

/**
 * A choropleth map of countries as an SVG string: classes coloured from light to dark, countries
 * without data grey, suppressed ones hatched, small states as dots; each country titled with its
 * name and value, those with data linking to `href`. With links it is a labelled group (its links
 * are reachable by keyboard, named by their titles), without a labelled image.
 */
export function renderChoropleth(data: readonly MapDatum[], options: ChoroplethOptions): string {
	const { id, labels, format } = options;
	const dir = options.dir ?? 'ltr';
	const view = projectedView(options.view, options.width ?? 800);
	const byCode = new Map(data.map((datum) => [datum.code, datum]));
	const shown = data.filter(
		(datum) => !datum.suppressed && datum.value !== null && Number.isFinite(datum.value)
	);
	const legend = buildLegend(
		shown.map((datum) => datum.value as number),
		{ method: options.classes, ramp: options.ramp, format, rangeText: options.rangeText }
	);
	const hatch = `url(#${escapeXml(id)}-hatch)`;
	const nameOf = (code: string) => options.countryName?.(code) ?? code;

	/** The country's fill, title text and link. */
	const look = (code: string) => {
		const datum = byCode.get(code);
		const name = nameOf(code);
		if (datum?.suppressed) return { fill: hatch, title: `${name} — ${labels.suppressed}`, href: datum.href };
		if (!datum || datum.value === null || !Number.isFinite(datum.value))
			return { fill: noDataGrey, title: `${name} — ${labels.noData}`, href: undefined };
		const text = datum.label ?? format(datum.value);
		return { fill: legend.classOf(datum.value).colour, title: `${name} — ${text}`, href: datum.href };
	};
	const linked = (href: string | undefined, title: string, shape: string) =>
		href
			? `<a href="${escapeXml(href)}"><title>${escapeXml(title)}</title>${shape}</a>`
			: `<g><title>${escapeXml(title)}</title>${shape}</g>`;

	let body = '';
	for (const shape of view.shapes) {
		const { fill, title, href } = look(shape.code);
		let drawn = `<path d="${shape.d}" fill="${fill}"/>`;
		if (shape.area < tinyArea)
			drawn += `<circle cx="${px(shape.centroid[0])}" cy="${px(shape.centroid[1])}" r="${dotRadius}" fill="${fill}"/>`;
		body += linked(href, title, drawn);
	}
	for (const point of view.points) {
		const { fill, title, href } = look(point.code);
		body += linked(
			href,
			title,
			`<circle cx="${px(point.x)}" cy="${px(point.y)}" r="${dotRadius}" fill="${fill}"/>`
		);
	}

	const special: LegendEntry[] = [{ fill: noDataGrey, text: labels.noData }];
	if (data.some((datum) => datum.suppressed)) special.push({ fill: hatch, text: labels.suppressed });
	const key = drawLegend([legend.classes.map((c) => ({ fill: c.colour, text: c.text })), special], {
		top: view.height,
		width: view.width,
		dir,
		title: labels.legendTitle
	});
	const height = view.height + key.height;
	const open = svgOpen({
		id,
		width: view.width,
		height,
		title: labels.title,
		description: labels.description,
		dir
	});
	const role = data.some((datum) => datum.href) ? open.replace('role="img"', 'role="group"') : open;
	return (
		role +
		`<defs><pattern id="${escapeXml(id)}-hatch" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">` +
		`<rect width="6" height="6" fill="#f0f0f0"/><line x1="0" y1="0" x2="0" y2="6" stroke="${ink.muted}" stroke-width="2"/></pattern></defs>` +
		`<g stroke="#ffffff" stroke-width="0.5" stroke-linejoin="round">${body}</g>` +
		key.svg +
		'</svg>'
	);
}
