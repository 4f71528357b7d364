import { geoCentroid } from 'd3-geo';
import type { MultiPolygon, Polygon } from 'geojson';
import { format, resolveConfig } from 'prettier';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { describe, expect, it } from 'vitest';
import atlas50m from 'world-atlas/countries-50m.json' with { type: 'json' };
import { atlasCountryCode, countryShapes, mainPolygon, microStatePoints } from './countries-geometry.js';

const file = new URL('./micro-states.json', import.meta.url).pathname;

/** The countries 1:50m has and 1:110m lacks, at their main polygon's centroid (0.01°, about 1 km). */
function centroidsFrom50m() {
	const topology = atlas50m as unknown as Topology<{ countries: GeometryCollection<{ name: string }> }>;
	const collection = feature(topology, topology.objects.countries);
	const shapes = countryShapes();
	const points = collection.features.flatMap((country) => {
		const code = atlasCountryCode(country);
		if (!code || shapes.has(code)) return [];
		const [lon, lat] = geoCentroid(mainPolygon(country.geometry as Polygon | MultiPolygon));
		return [{ code, lon: Math.round(lon * 100) / 100, lat: Math.round(lat * 100) / 100 }];
	});
	return points.sort((a, b) => a.code.localeCompare(b.code));
}

describe('micro-states.json', () => {
	it('is what world-atlas 1:50m gives (run `vitest -u` on this file to rewrite it)', async () => {
		const json = await format(JSON.stringify(centroidsFrom50m()), {
			...(await resolveConfig(file)),
			filepath: file
		});
		await expect(json).toMatchFileSnapshot(file);
	});

	it('has the small states 1:110m lacks, where they are', () => {
		const points = new Map(microStatePoints().map((point) => [point.code, point]));
		for (const code of ['MT', 'AD', 'MC', 'SM', 'LI', 'BH', 'SG', 'VA'])
			expect(points.has(code), code).toBe(true);
		// Valletta is at 14.5° E, 35.9° N; Manama at 50.6° E, 26.2° N.
		expect(points.get('MT')).toMatchObject({ lon: expect.closeTo(14.4, 0), lat: expect.closeTo(35.9, 0) });
		expect(points.get('BH')).toMatchObject({ lon: expect.closeTo(50.5, 0), lat: expect.closeTo(26.0, 0) });
		for (const point of points.values()) expect(countryShapes().has(point.code)).toBe(false);
	});
});
