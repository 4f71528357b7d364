import { geoAzimuthalEqualArea, geoEqualEarth, geoPath, type GeoProjection } from 'd3-geo';
import { CompactPath } from './compact-path.js';
import type { Feature, Geometry } from 'geojson';
import { countryShapes, microStatePoints } from './countries-geometry.js';

/**
 * The areas maps are drawn for, each on an equal-area projection (a country's colour is read by its
 * area) fitted to its countries' main polygons, so French Guiana, Svalbard or the Canaries do not
 * stretch Europe across the Atlantic; what falls outside is cut at the frame.
 */
export const mapViews = ['europe', 'mena', 'world'] as const;
export type MapView = (typeof mapViews)[number];

const views: Record<MapView, { projection: () => GeoProjection; fit: readonly string[] | 'all' }> = {
	// ETRS89 Lambert azimuthal equal-area (EPSG:3035, centred on 10° E, 52° N), Europe's statistical
	// projection; fitted to the EU, EFTA, the United Kingdom, the Western Balkans, Belarus, Moldova,
	// Ukraine and Türkiye.
	europe: {
		projection: () => geoAzimuthalEqualArea().rotate([-10, -52]),
		fit: [
			...['AT', 'BE', 'BG', 'HR', 'CY', 'CZ', 'DK', 'EE', 'FI', 'FR', 'DE', 'GR', 'HU', 'IE', 'IT', 'LV'],
			...['LT', 'LU', 'MT', 'NL', 'PL', 'PT', 'RO', 'SK', 'SI', 'ES', 'SE', 'IS', 'LI', 'NO', 'CH', 'GB'],
			...['AL', 'BA', 'ME', 'MK', 'RS', 'XK', 'BY', 'MD', 'UA', 'TR']
		]
	},
	// Lambert azimuthal equal-area centred on the region; fitted to North Africa from Morocco to Egypt,
	// the Levant, the Arabian Peninsula, Iraq and Iran.
	mena: {
		projection: () => geoAzimuthalEqualArea().rotate([-25, -27]),
		fit: [
			...['DZ', 'BH', 'DJ', 'EG', 'IR', 'IQ', 'IL', 'JO', 'KW', 'LB', 'LY', 'MA', 'OM', 'PS', 'QA', 'SA'],
			...['SY', 'TN', 'AE', 'YE']
		]
	},
	// Equal Earth, fitted to every country but Antarctica.
	world: { projection: () => geoEqualEarth(), fit: 'all' }
};

/** A view drawn at one width: each country's path and each small country's point, in pixels. */
export type ProjectedView = {
	width: number;
	height: number;
	shapes: { code: string; d: string; area: number; centroid: [number, number] }[];
	points: { code: string; x: number; y: number }[];
};

const cache = new Map<string, ProjectedView>();

/** The view's countries projected at `width` px (padding included), computed once per view and width. */
export function projectedView(view: MapView, width: number, padding = 8): ProjectedView {
	const key = `${view} ${width} ${padding}`;
	const cached = cache.get(key);
	if (cached) return cached;
	const shapes = countryShapes();
	const points = microStatePoints();
	const { projection: makeProjection, fit: fitCodes } = views[view];
	const inFit = (code: string) => (fitCodes === 'all' ? code !== 'AQ' : fitCodes.includes(code));
	const fit: Feature<Geometry>[] = [
		...[...shapes.values()].filter((shape) => inFit(shape.code)).map((shape) => feature(shape.main)),
		...points
			.filter((point) => inFit(point.code))
			.map((p) => feature({ type: 'Point', coordinates: [p.lon, p.lat] }))
	];
	const collection = { type: 'FeatureCollection' as const, features: fit };

	const projection = makeProjection().fitWidth(width - 2 * padding, collection);
	const [[x0, y0], [, y1]] = geoPath(projection).bounds(collection);
	const [tx, ty] = projection.translate();
	projection.translate([tx - x0 + padding, ty - y0 + padding]);
	const height = Math.ceil(y1 - y0 + 2 * padding);
	projection.clipExtent([
		[0, 0],
		[width, height]
	]);
	const path = geoPath(projection);
	const compact = new CompactPath();
	const drawn = geoPath(projection, compact);

	const projected: ProjectedView = { width, height, shapes: [], points: [] };
	for (const shape of shapes.values()) {
		drawn(shape.geometry);
		const d = compact.take();
		if (d)
			projected.shapes.push({
				code: shape.code,
				d,
				area: path.area(shape.geometry),
				centroid: path.centroid(shape.main)
			});
	}
	for (const point of points) {
		const xy = projection([point.lon, point.lat]);
		if (xy && xy[0] >= 0 && xy[0] <= width && xy[1] >= 0 && xy[1] <= height)
			projected.points.push({ code: point.code, x: xy[0], y: xy[1] });
	}
	cache.set(key, projected);
	return projected;
}

function feature(geometry: Geometry): Feature<Geometry> {
	return { type: 'Feature', properties: {}, geometry };
}
