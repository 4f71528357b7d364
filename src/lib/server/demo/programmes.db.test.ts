import { eq, sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { db } from '../db/client.js';
import { programme, programmeCountry, programmePeopleTarget } from '../db/schema/programmes.js';
import { useTestDatabase } from '../testing/database.js';
import { createDemoDirectory } from './directory.js';
import { createDemoProgrammes, demoProgrammes } from './programmes.js';

useTestDatabase();

describe('demo programmes', () => {
	it('loads the three programmes with their organisations, countries and targets', async () => {
		await createDemoDirectory();
		const ids = await db().transaction((tx) => createDemoProgrammes(tx));
		expect(Object.keys(ids).sort()).toEqual(['FHPVM', 'MIG-H', 'MIG-H Rollout']);

		const [migh] = await db().select().from(programme).where(eq(programme.id, ids['MIG-H']));
		expect(migh).toMatchObject({ startsOn: '2017-12-01', endsOn: '2019-02-28', sdgs: [3, 10, 17] });
		expect(migh.coordinatorId && migh.technicalLeadId && migh.funderId).toBeTruthy();

		const countries = await db()
			.select({ code: programmeCountry.countryCode, participation: programmeCountry.participation })
			.from(programmeCountry)
			.where(eq(programmeCountry.programmeId, ids['MIG-H']));
		expect(countries.map((c) => c.code).sort()).toEqual([
			'BG',
			'ES',
			'FR',
			'GR',
			'HR',
			'IT',
			'MT',
			'NO',
			'RS',
			'SI'
		]);
		expect(new Set(countries.map((c) => c.participation))).toEqual(new Set(['pilot']));

		const [{ people }] = await db()
			.select({ people: sql<number>`sum(${programmePeopleTarget.people})::int` })
			.from(programmePeopleTarget)
			.where(eq(programmePeopleTarget.programmeId, ids['FHPVM']));
		expect(people).toBe(6 * 30);
		expect(demoProgrammes).toHaveLength(3);
	});
});
