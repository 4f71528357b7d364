import { SaxesParser } from 'saxes';
import { describe, expect, it } from 'vitest';
import { DomainError } from '../errors.js';
import { adxNamespace, writeAdx, type AdxMapping, type AdxRow } from './adx.js';

const mapping: AdxMapping = {
	dataSet: 'MH_TRAINING',
	dataElements: {
		participants: 'MH_PARTICIPANTS',
		certified: 'MH_CERTIFIED',
		meanPrePercent: 'MH_PRE_PCT',
		meanPostPercent: 'MH_POST_PCT'
	},
	orgUnits: { FR: 'OU_FR', DE: 'OU_DE', IT: 'OU_"Italia" & <co>' },
	categories: { profession: { code: 'MH_PROFESSION', options: { nurse: 'NURSE', doctor: 'DOCTOR' } } }
};
const exported = new Date('2026-04-02T08:30:00Z');

type Element = Record<string, string>;

/** The document read back by a namespace-aware parser: the root's attributes, each group and its data values. */
function readAdx(xml: string) {
	let root: Element | undefined;
	const groups: { attributes: Element; values: Element[] }[] = [];
	const parser = new SaxesParser({ xmlns: true });
	parser.on('opentag', (tag) => {
		expect(tag.uri).toBe(adxNamespace);
		const attributes = Object.fromEntries(
			Object.values(tag.attributes).map(({ name, value }) => [name, value])
		);
		if (tag.local === 'adx') root = attributes;
		else if (tag.local === 'group') groups.push({ attributes, values: [] });
		else if (tag.local === 'dataValue') groups.at(-1)?.values.push(attributes);
		else throw new Error(`unexpected element ${tag.name}`);
	});
	parser.write(xml).close();
	return { root, groups };
}

function refusal(rows: readonly AdxRow[], withMapping: AdxMapping = mapping): DomainError {
	try {
		writeAdx(rows, withMapping, exported);
	} catch (error) {
		if (error instanceof DomainError) return error;
		throw error;
	}
	throw new Error('not refused');
}

describe('ADX export', () => {
	it('writes one group per org unit × period, codes from the mapping, read back by an XML parser', () => {
		const rows: AdxRow[] = [
			{ countryCode: 'FR', period: '2026Q1', measure: 'participants', value: 24 },
			{ countryCode: 'FR', period: '2026Q1', measure: 'meanPrePercent', value: 62.5 },
			{
				countryCode: 'DE',
				period: '2026Q1',
				measure: 'participants',
				value: 9,
				disaggregation: { profession: 'nurse' }
			},
			{
				countryCode: 'DE',
				period: '2026Q1',
				measure: 'participants',
				value: 7,
				disaggregation: { profession: 'doctor' }
			},
			{ countryCode: 'FR', period: '2026Q4', measure: 'certified', value: 20 },
			{
				countryCode: 'IT',
				period: { start: '2026-03-01', end: '2026-03-31' },
				measure: 'meanPostPercent',
				value: 81
			}
		];
		const { root, groups } = readAdx(writeAdx(rows, mapping, exported));
		expect(root).toEqual({ xmlns: adxNamespace, exported: '2026-04-02T08:30:00.000Z' });
		expect(groups.map((group) => group.attributes)).toEqual([
			{ orgUnit: 'OU_FR', period: '2026-01-01/P3M', dataSet: 'MH_TRAINING' },
			{ orgUnit: 'OU_DE', period: '2026-01-01/P3M', dataSet: 'MH_TRAINING' },
			{ orgUnit: 'OU_FR', period: '2026-10-01/P3M', dataSet: 'MH_TRAINING' },
			{ orgUnit: 'OU_"Italia" & <co>', period: '2026-03-01/P1M', dataSet: 'MH_TRAINING' }
		]);
		expect(groups.map((group) => group.values)).toEqual([
			[
				{ dataElement: 'MH_PARTICIPANTS', value: '24' },
				{ dataElement: 'MH_PRE_PCT', value: '62.5' }
			],
			[
				{ dataElement: 'MH_PARTICIPANTS', MH_PROFESSION: 'NURSE', value: '9' },
				{ dataElement: 'MH_PARTICIPANTS', MH_PROFESSION: 'DOCTOR', value: '7' }
			],
			[{ dataElement: 'MH_CERTIFIED', value: '20' }],
			[{ dataElement: 'MH_POST_PCT', value: '81' }]
		]);
	});

	it('writes quarters and date ranges as ISO 8601 start/duration', () => {
		const periodOf = (period: AdxRow['period']) =>
			readAdx(writeAdx([{ countryCode: 'FR', period, measure: 'participants', value: 1 }], mapping, exported))
				.groups[0].attributes.period;
		expect(periodOf('2026Q2')).toBe('2026-04-01/P3M');
		expect(periodOf({ start: '2026-04-01', end: '2026-06-30' })).toBe('2026-04-01/P3M');
		expect(periodOf({ start: '2028-02-01', end: '2028-02-29' })).toBe('2028-02-01/P1M');
		expect(periodOf({ start: '2026-01-01', end: '2026-12-31' })).toBe('2026-01-01/P1Y');
		expect(periodOf({ start: '2026-03-05', end: '2026-03-11' })).toBe('2026-03-05/P7D');
		expect(periodOf({ start: '2026-12-30', end: '2027-01-02' })).toBe('2026-12-30/P4D');
	});

	it('writes values with a dot, at most 4 decimals, never an exponent', () => {
		const values = [63.333333, 0.1 + 0.2, 1234.5, -0, 1e-7, 99999999.125, -2.5];
		const written = readAdx(
			writeAdx(
				values.map((value, index) => ({
					countryCode: 'FR',
					period: `${2000 + index}Q1`,
					measure: 'participants',
					value
				})),
				mapping,
				exported
			)
		).groups.map((group) => group.values[0].value);
		expect(written).toEqual(['63.3333', '0.3', '1234.5', '0', '0', '99999999.125', '-2.5']);
		for (const value of written) expect(value).toMatch(/^-?\d+(\.\d{1,4})?$/);
	});

	it('refuses, all or nothing, listing every measure, country and option without a code', () => {
		const error = refusal([
			{ countryCode: 'FR', period: '2026Q1', measure: 'participants', value: 3 },
			{ countryCode: 'ES', period: '2026Q1', measure: 'dropouts', value: 1 },
			{ countryCode: 'PT', period: '2026Q1', measure: 'satisfaction', value: 4.2 },
			{
				countryCode: 'FR',
				period: '2026Q1',
				measure: 'certified',
				value: 2,
				disaggregation: { profession: 'midwife' }
			},
			{
				countryCode: 'FR',
				period: '2026Q1',
				measure: 'certified',
				value: 2,
				disaggregation: { age: '18-24' }
			}
		]);
		expect(error.code).toBe('invalid');
		expect(error.details).toEqual({
			missingDataElements: ['dropouts', 'satisfaction'],
			missingOrgUnits: ['ES', 'PT'],
			missingCategoryOptions: ['profession=midwife', 'age']
		});
		expect(error.message).toContain('missingOrgUnits: ES, PT');
	});

	it('refuses category codes that are not XML attribute names, listing them', () => {
		const error = refusal([{ countryCode: 'FR', period: '2026Q1', measure: 'participants', value: 3 }], {
			...mapping,
			categories: {
				profession: { code: '1PROFESSION', options: {} },
				sex: { code: 'SEX CODE', options: {} },
				age: { code: 'dhis:AGE', options: {} },
				setting: { code: 'value', options: {} },
				language: { code: 'LANGUAGE', options: {} }
			}
		});
		expect(error.details).toEqual({ badCategoryCodes: ['1PROFESSION', 'SEX CODE', 'dhis:AGE', 'value'] });
		expect(error.message).toContain('1PROFESSION, SEX CODE, dhis:AGE, value');
	});

	it('refuses bad periods, values that are not numbers, a missing data set and a value given twice', () => {
		const error = refusal(
			[
				{ countryCode: 'FR', period: '2026Q5', measure: 'participants', value: 3 },
				{
					countryCode: 'FR',
					period: { start: '2026-02-30', end: '2026-03-31' },
					measure: 'participants',
					value: 3
				},
				{
					countryCode: 'FR',
					period: { start: '2026-04-01', end: '2026-03-31' },
					measure: 'participants',
					value: 3
				},
				{ countryCode: 'FR', period: '2026Q1', measure: 'certified', value: Number.NaN },
				{ countryCode: 'DE', period: '2026Q1', measure: 'participants', value: 3 },
				{ countryCode: 'DE', period: '2026Q1', measure: 'participants', value: 4 }
			],
			{ ...mapping, dataSet: '' }
		);
		expect(error.details).toEqual({
			missingDataSet: ['dataSet'],
			badPeriods: [
				'"2026Q5"',
				'{"start":"2026-02-30","end":"2026-03-31"}',
				'{"start":"2026-04-01","end":"2026-03-31"}'
			],
			badValues: ['NaN'],
			duplicateDataValues: ['OU_DE 2026-01-01/P3M MH_PARTICIPANTS']
		});
	});
});
