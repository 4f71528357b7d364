import { beforeAll, describe, expect, it } from 'vitest';
import { db } from '../db/client.js';
import { evaluationAdxMapping } from '../db/schema/evaluation.js';
import { programmeCountry } from '../db/schema/programmes.js';
import { useTestDatabase } from '../testing/database.js';
import {
	actor,
	coordinatorOf,
	countRows,
	focalPointOf,
	programmeWithCoordinator,
	refusal
} from '../testing/fixtures.js';
import type { UserActor } from '../auth/actor.js';
import { getAdxMapping, saveAdxMapping } from './adx-mapping.js';

useTestDatabase();

let programmeId: string;
let coordinator: UserActor;

beforeAll(async () => {
	({ programmeId, coordinator } = await programmeWithCoordinator('adx-mapping-coordinator'));
	await db()
		.insert(programmeCountry)
		.values(
			['GR', 'MT'].map((countryCode) => ({ programmeId, countryCode, participation: 'pilot' as const }))
		);
});

const form = {
	dataSet: ' MH_TRAINING ',
	'dataElements.participants': 'MH_PART',
	'dataElements.certified': 'MH_CERT',
	'dataElements.mean_pre_percent': '',
	'orgUnits.GR': 'OU_GR',
	'orgUnits.MT': '',
	professionCategory: 'MH_PROF',
	'professionOptions.nurse': 'NURSE',
	'professionOptions.physician': 'DOCTOR'
};

/** The flat fields of a form, nested as the domain takes them ("a.b" → { a: { b } }). */
const nested = (fields: Record<string, string>) => {
	const input: Record<string, Record<string, string> | string> = {};
	for (const [key, value] of Object.entries(fields)) {
		const [head, tail] = key.split('.');
		if (tail === undefined) input[head] = value;
		else input[head] = { ...(input[head] as Record<string, string>), [tail]: value };
	}
	return input;
};

describe('a programme’s DHIS2 codes', () => {
	it('are blank until kept, with the programme’s countries to map', async () => {
		const page = await getAdxMapping(coordinator, programmeId);
		expect(page.countries.map((c) => [c.code, c.name.en])).toEqual([
			['GR', 'Greece'],
			['MT', 'Malta']
		]);
		// The programme runs through 2026 and 2027, and has no events yet.
		expect([page.quarters.length, page.quarters[0], page.quarters.at(-1)]).toEqual([8, '2026Q1', '2027Q4']);
		expect(page.mapping).toEqual({
			dataSet: '',
			dataElements: {},
			orgUnits: {},
			professionCategory: null,
			professionOptions: {}
		});
	});

	it('are saved and read back, blank codes left out, and replaced whole on the next save', async () => {
		await saveAdxMapping(coordinator, programmeId, nested(form));
		expect((await getAdxMapping(coordinator, programmeId)).mapping).toEqual({
			dataSet: 'MH_TRAINING',
			dataElements: { participants: 'MH_PART', certified: 'MH_CERT' },
			orgUnits: { GR: 'OU_GR' },
			professionCategory: 'MH_PROF',
			professionOptions: { nurse: 'NURSE', physician: 'DOCTOR' }
		});
		await saveAdxMapping(coordinator, programmeId, { dataSet: 'MH2', orgUnits: { MT: 'OU_MT' } });
		expect((await getAdxMapping(coordinator, programmeId)).mapping).toEqual({
			dataSet: 'MH2',
			dataElements: {},
			orgUnits: { MT: 'OU_MT' },
			professionCategory: null,
			professionOptions: {}
		});
		expect(await countRows(evaluationAdxMapping)).toBe(1);
	});

	it('refuses every bad code beside its field, keeping what was saved', async () => {
		await expect(
			saveAdxMapping(coordinator, programmeId, {
				dataSet: 'x'.repeat(51),
				dataElements: { participants: 'SAME', certified: 'SAME' },
				orgUnits: { GR: 'OU\u0007GR', DE: 'OU_DE' },
				professionOptions: { nurse: 'NURSE' }
			})
		).rejects.toMatchObject(
			refusal('invalid', {
				dataSet: ['too_long'],
				'dataElements.certified': ['duplicate_code'],
				'orgUnits.GR': ['control_characters'],
				'orgUnits.DE': ['country_not_in_programme'],
				professionCategory: ['required']
			})
		);
		await expect(
			saveAdxMapping(coordinator, programmeId, {
				dataSet: 'MH',
				orgUnits: { GR: 'OU_GR', MT: 'OU_GR' },
				professionCategory: '1 PROFESSION'
			})
		).rejects.toMatchObject(
			refusal('invalid', {
				'orgUnits.MT': ['duplicate_code'],
				professionCategory: ['invalid_category_code']
			})
		);
		await expect(
			saveAdxMapping(coordinator, programmeId, {
				dataSet: 'MH',
				orgUnits: { DE: 'OU_DE' },
				professionCategory: '1 PROFESSION'
			})
		).rejects.toMatchObject(
			refusal('invalid', {
				'orgUnits.DE': ['country_not_in_programme'],
				professionCategory: ['invalid_category_code']
			})
		);
		expect((await getAdxMapping(coordinator, programmeId)).mapping.dataSet).toBe('MH2');
	});

	it('are kept by the programme’s coordinators only', async () => {
		const focalPoint = actor('adx-focal-point', focalPointOf('GR'));
		const otherCoordinator = actor('adx-other', coordinatorOf('00000000-0000-4000-8000-000000000000'));
		for (const stranger of [focalPoint, otherCoordinator]) {
			await expect(getAdxMapping(stranger, programmeId)).rejects.toMatchObject({ code: 'forbidden' });
			await expect(saveAdxMapping(stranger, programmeId, { dataSet: 'X' })).rejects.toMatchObject({
				code: 'forbidden'
			});
		}
		expect((await getAdxMapping(coordinator, programmeId)).mapping.dataSet).toBe('MH2');
	});
});
