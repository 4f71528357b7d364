// DHIS2 data exchange: IHE QRPH ADX 1.0 aggregate data, one <group> per org unit × period × data
// set, codes from a programme's mapping. Written by hand (no XML writer in
// the dependencies): every attribute value escaped, every category code checked to be an XML name.
import { DomainError } from '../errors.js';
import { escapeXmlAttribute, isXmlName } from '../files/xml.js';

export const adxNamespace = 'urn:ihe:qrph:adx:2015';

/** A programme's codes in its DHIS2 instance. */
export interface AdxMapping {
	/** The data set every group belongs to. */
	dataSet: string;
	/** Data element code per measure (participants, certified, meanPrePercent…). */
	dataElements: Readonly<Record<string, string>>;
	/** Org unit code per country (ISO 3166-1 alpha-2 code). */
	orgUnits: Readonly<Record<string, string>>;
	/**
	 * Per disaggregation (profession…): the DHIS2 category code, written as the attribute name of
	 * the data value, and the category option code of each of our values.
	 */
	categories?: Readonly<Record<string, { code: string; options: Readonly<Record<string, string>> }>>;
}

/** A quarter ("2026Q1") or the inclusive dates of a range ("2026-01-01" to "2026-01-31"). */
export type AdxPeriod = string | { start: string; end: string };

export interface AdxRow {
	countryCode: string;
	period: AdxPeriod;
	measure: string;
	value: number;
	/** Disaggregation → our value of it, e.g. { profession: 'nurse' }. */
	disaggregation?: Readonly<Record<string, string>>;
}

/** Attribute names ADX gives a data value itself: no category may take them. */
const dataValueAttributes = new Set(['dataElement', 'value']);

/** Whether a category code can be written as a data value's attribute name (ADX writes it as one). */
export const isAdxCategoryCode = (code: string): boolean =>
	isXmlName(code) && !dataValueAttributes.has(code) && !/^xml/i.test(code);

/**
 * The ADX document of `rows` under `mapping`: periods as ISO 8601 start/duration (a quarter
 * `2026-01-01/P3M`; a range of whole months `P1M`…, a calendar year `P1Y`, else days `P10D`),
 * values with `.` decimals, at most 4. All or nothing: a measure, country, disaggregation or value
 * without a code, a category code that is not an XML name, a bad period or value, or a data value
 * given twice throws one DomainError('invalid') listing every problem.
 */
export function writeAdx(rows: readonly AdxRow[], mapping: AdxMapping, exported = new Date()): string {
	const missing = { measures: new Set<string>(), countries: new Set<string>(), options: new Set<string>() };
	const problems = { periods: new Set<string>(), values: new Set<string>(), duplicates: new Set<string>() };
	const categories = mapping.categories ?? {};
	const badCategoryCodes = Object.values(categories)
		.map(({ code }) => code)
		.filter((code) => !isAdxCategoryCode(code));

	const groups = new Map<string, { orgUnit: string; period: string; lines: string[]; seen: Set<string> }>();
	for (const row of rows) {
		const dataElement = mapping.dataElements[row.measure];
		const orgUnit = mapping.orgUnits[row.countryCode];
		const period = adxPeriod(row.period);
		if (!dataElement) missing.measures.add(row.measure);
		if (!orgUnit) missing.countries.add(row.countryCode);
		if (period === null) problems.periods.add(JSON.stringify(row.period));
		const value = adxDecimal(row.value);
		if (value === null) problems.values.add(String(row.value));
		const attributes: [name: string, value: string][] = [];
		for (const [disaggregation, ours] of Object.entries(row.disaggregation ?? {})) {
			const category = categories[disaggregation];
			const option = category?.options[ours];
			if (!category) missing.options.add(disaggregation);
			else if (!option) missing.options.add(`${disaggregation}=${ours}`);
			else attributes.push([category.code, option]);
		}
		if (!dataElement || !orgUnit || period === null || value === null) continue;
		if (attributes.length < Object.keys(row.disaggregation ?? {}).length) continue;
		const key = JSON.stringify([orgUnit, period]);
		const group = groups.get(key) ?? { orgUnit, period, lines: [], seen: new Set() };
		groups.set(key, group);
		attributes.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
		const identity = JSON.stringify([dataElement, attributes]);
		if (group.seen.has(identity) || new Set(attributes.map(([name]) => name)).size < attributes.length)
			problems.duplicates.add(
				`${orgUnit} ${period} ${dataElement} ${attributes.map((pair) => pair.join('=')).join(' ')}`.trim()
			);
		group.seen.add(identity);
		const disaggregated = attributes
			.map(([name, option]) => ` ${name}="${escapeXmlAttribute(option)}"`)
			.join('');
		group.lines.push(
			`    <dataValue dataElement="${escapeXmlAttribute(dataElement)}"${disaggregated} value="${value}"/>`
		);
	}

	const listed = {
		missingDataSet: mapping.dataSet ? [] : ['dataSet'],
		missingDataElements: [...missing.measures],
		missingOrgUnits: [...missing.countries],
		missingCategoryOptions: [...missing.options],
		badCategoryCodes,
		badPeriods: [...problems.periods],
		badValues: [...problems.values],
		duplicateDataValues: [...problems.duplicates]
	};
	const refused = Object.entries(listed).filter(([, codes]) => codes.length > 0);
	if (refused.length > 0)
		throw new DomainError(
			'invalid',
			`ADX export refused: ${refused.map(([what, codes]) => `${what}: ${codes.join(', ')}`).join('; ')}`,
			{ details: Object.fromEntries(refused) }
		);

	const dataSet = escapeXmlAttribute(mapping.dataSet);
	return [
		'<?xml version="1.0" encoding="UTF-8"?>',
		`<adx xmlns="${adxNamespace}" exported="${exported.toISOString()}">`,
		...[...groups.values()].flatMap((group) => [
			`  <group orgUnit="${escapeXmlAttribute(group.orgUnit)}" period="${group.period}" dataSet="${dataSet}">`,
			...group.lines,
			'  </group>'
		]),
		'</adx>',
		''
	].join('\n');
}

/** A value with `.` decimals, at most 4, never in exponent notation; null when not finite or beyond 1e15. */
function adxDecimal(value: number): string | null {
	if (!Number.isFinite(value) || Math.abs(value) >= 1e15) return null;
	return String(Number(value.toFixed(4)) || 0); // `|| 0`: −0 written 0
}

const isoDate = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Days since 1970-01-01 of a real ISO date, or null. */
function dayNumber(date: string): number | null {
	const parts = isoDate.exec(date);
	if (!parts) return null;
	const time = Date.UTC(Number(parts[1]), Number(parts[2]) - 1, Number(parts[3]));
	return new Date(time).toISOString().slice(0, 10) === date ? time / 86_400_000 : null;
}

/** ISO 8601 start/duration of a quarter or an inclusive date range; null when it is neither. */
function adxPeriod(period: AdxPeriod): string | null {
	if (typeof period === 'string') {
		const quarter = /^(\d{4})Q([1-4])$/.exec(period);
		if (!quarter) return null;
		return `${quarter[1]}-${String(3 * Number(quarter[2]) - 2).padStart(2, '0')}-01/P3M`;
	}
	const [first, last] = [dayNumber(period.start), dayNumber(period.end)];
	if (first === null || last === null || last < first) return null;
	const [start, after] = [new Date(first * 86_400_000), new Date((last + 1) * 86_400_000)];
	const months =
		(after.getUTCFullYear() - start.getUTCFullYear()) * 12 + after.getUTCMonth() - start.getUTCMonth();
	const wholeMonths = start.getUTCDate() === 1 && after.getUTCDate() === 1;
	const duration = !wholeMonths
		? `P${last - first + 1}D`
		: months === 12 && start.getUTCMonth() === 0
			? 'P1Y'
			: `P${months}M`;
	return `${period.start}/${duration}`;
}
