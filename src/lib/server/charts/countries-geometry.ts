import { geoArea } from 'd3-geo';
import type { MultiPolygon, Polygon } from 'geojson';
import countries from 'i18n-iso-countries';
import { merge } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import atlas from 'world-atlas/countries-110m.json' with { type: 'json' };
import microStates from './micro-states.json' with { type: 'json' };

/**
 * Country shapes for maps, keyed by ISO 3166-1 alpha-2 code as MHub stores countries: Natural Earth
 * 1:110m through world-atlas, whose ids are ISO 3166-1 numeric codes (i18n-iso-countries, already
 * MHub's country reference, turns them into alpha-2). Countries too small for 1:110m (Malta, Andorra,
 * Bahrain…) are points: the centroid of their main polygon at 1:50m, kept in micro-states.json (a test
 * recomputes it from world-atlas and rewrites it with `vitest -u`).
 */

export type CountryShape = {
	code: string;
	geometry: Polygon | MultiPolygon;
	/** The largest polygon: what a view is fitted to (mainland France, not French Guiana). */
	main: Polygon;
};

export type CountryPoint = { code: string; lon: number; lat: number };

type AtlasCountry = { id?: string | number; properties?: { name?: string } | null };

/**
 * Natural Earth areas without an ISO numeric id: Kosovo has the user-assigned code XK; northern
 * Cyprus and Somaliland lie in Cyprus and Somalia for ISO 3166-1, so they are drawn as part of them.
 */
const unnumbered: Record<string, string> = { Kosovo: 'XK', 'N. Cyprus': 'CY', Somaliland: 'SO' };

/** The alpha-2 code of a world-atlas country, if ISO 3166-1 has one for it. */
export function atlasCountryCode(country: AtlasCountry): string | undefined {
	if (country.id !== undefined) return countries.numericToAlpha2(country.id);
	return unnumbered[country.properties?.name ?? ''];
}

/** The polygon of largest area (on the sphere). */
export function mainPolygon(geometry: Polygon | MultiPolygon): Polygon {
	if (geometry.type === 'Polygon') return geometry;
	let main: Polygon | undefined;
	let largest = -1;
	for (const coordinates of geometry.coordinates) {
		const polygon: Polygon = { type: 'Polygon', coordinates };
		const area = geoArea(polygon);
		if (area > largest) [main, largest] = [polygon, area];
	}
	if (!main) throw new Error('a country without polygons');
	return main;
}

let shapes: ReadonlyMap<string, CountryShape> | undefined;

/** Every country of the 1:110m atlas that has an ISO code (built once). */
export function countryShapes(): ReadonlyMap<string, CountryShape> {
	if (shapes) return shapes;
	const topology = atlas as unknown as Topology<{ countries: GeometryCollection<{ name: string }> }>;
	const parts = new Map<string, GeometryCollection<{ name: string }>['geometries']>();
	for (const geometry of topology.objects.countries.geometries) {
		const code = atlasCountryCode(geometry);
		if (code) parts.set(code, [...(parts.get(code) ?? []), geometry]);
	}
	const built = new Map<string, CountryShape>();
	for (const [code, geometries] of parts) {
		// merge() joins the parts and drops their shared borders (Cyprus with its north, as ISO has it).
		const geometry = merge(topology, geometries as Parameters<typeof merge>[1]);
		const shape: Polygon | MultiPolygon =
			geometry.coordinates.length === 1
				? { type: 'Polygon', coordinates: geometry.coordinates[0] }
				: geometry;
		built.set(code, { code, geometry: shape, main: mainPolygon(shape) });
	}
	shapes = built;
	return built;
}

/** Countries absent from 1:110m, as points (their main polygon's centroid at 1:50m). */
export function microStatePoints(): readonly CountryPoint[] {
	return microStates;
}
