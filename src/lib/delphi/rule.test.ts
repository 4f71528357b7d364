import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { invalidFields } from '../server/testing/fixtures.js';
import { parseInput } from '../server/validate.js';
import {
	ConsensusRuleSchema,
	consensusRuleFor,
	defaultRule,
	medianIqrDefaults,
	scaleKinds,
	scales
} from './rule.js';

/** The field errors `input` is refused with. */
const refusal = (input: unknown, schema: Parameters<typeof parseInput>[0] = ConsensusRuleSchema) =>
	invalidFields(schema, input);

describe('scales', () => {
	it('split every point of the scale into exactly one band', () => {
		for (const kind of scaleKinds) {
			const { min, max, bands } = scales[kind];
			for (let point = min; point <= max; point += 1) {
				const holding = Object.values(bands).filter(([from, to]) => point >= from && point <= to);
				expect(holding, `${kind} ${point}`).toHaveLength(1);
			}
		}
	});
});

describe('a bands rule', () => {
	it('is read from form text, blank fields taking the 70/15/70/15 defaults', () => {
		expect(
			parseInput(ConsensusRuleSchema, { kind: 'bands', inMinHigh: ' 75 ', inMaxLow: '', minRated: '5' })
		).toEqual({ kind: 'bands', inMinHigh: 75, inMaxLow: 15, outMinLow: 70, outMaxHigh: 15, minRated: 5 });
	});

	it('is the default of both scales', () => {
		const expected = {
			kind: 'bands',
			inMinHigh: 70,
			inMaxLow: 15,
			outMinLow: 70,
			outMaxHigh: 15,
			minRated: 1
		};
		expect(defaultRule('nine')).toEqual(expected);
		expect(defaultRule('five')).toEqual(expected);
		expect(parseInput(ConsensusRuleSchema, defaultRule('nine'))).toEqual(expected);
	});

	it('takes whole percents from 0 to 100 only', () => {
		expect(
			refusal({ kind: 'bands', inMinHigh: '101', inMaxLow: '-1', outMinLow: '66.7', outMaxHigh: 'x' })
		).toEqual({
			inMinHigh: ['invalid_percent'],
			inMaxLow: ['invalid_percent'],
			outMinLow: ['invalid_percent'],
			outMaxHigh: ['invalid_percent']
		});
	});

	it('needs at least one rated answer to decide', () => {
		expect(refusal({ kind: 'bands', minRated: '0' })).toEqual({ minRated: ['invalid_number'] });
		expect(refusal({ kind: 'bands', minRated: '2.5' })).toEqual({ minRated: ['invalid_number'] });
	});

	it('is refused when the same ratings could be both in and out', () => {
		// 40 high and 40 low of 100 would meet IN (≥ 40 % high, ≤ 50 % low) and OUT (≥ 40 % low, ≤ 50 % high)
		expect(refusal({ kind: 'bands', inMinHigh: 40, inMaxLow: 50, outMinLow: 40, outMaxHigh: 50 })).toEqual({
			_: ['consensus_rule_overlaps']
		});
		// The same with 61 % asked for each: 61 high and 61 low cannot both happen in 100 ratings
		expect(
			parseInput(ConsensusRuleSchema, {
				kind: 'bands',
				inMinHigh: 61,
				inMaxLow: 100,
				outMinLow: 40,
				outMaxHigh: 100
			})
		).toMatchObject({ inMinHigh: 61 });
	});
});

describe('a median/IQR rule', () => {
	it('is read from form text, all three thresholds required', () => {
		expect(
			parseInput(ConsensusRuleSchema, {
				kind: 'median_iqr',
				inMinMedian: '7',
				outMaxMedian: '3',
				maxIqr: '1.5'
			})
		).toEqual({ kind: 'median_iqr', inMinMedian: 7, outMaxMedian: 3, maxIqr: 1.5, minRated: 1 });
		expect(refusal({ kind: 'median_iqr', inMinMedian: '', maxIqr: 'two' })).toEqual({
			inMinMedian: ['required'],
			outMaxMedian: ['required'],
			maxIqr: ['invalid_number']
		});
	});

	it('is refused when the OUT median is not below the IN median', () => {
		expect(refusal({ kind: 'median_iqr', inMinMedian: 5, outMaxMedian: 5, maxIqr: 2 })).toEqual({
			_: ['consensus_rule_overlaps']
		});
	});

	it('keeps its medians and IQR on the study scale', () => {
		expect(refusal({ kind: 'median_iqr', inMinMedian: 10, outMaxMedian: 0, maxIqr: 9 })).toEqual({
			inMinMedian: ['outside_scale'],
			outMaxMedian: ['outside_scale'],
			maxIqr: ['outside_scale']
		});
		// 7 is on the 1–9 scale but not on the 1–5 one, nor an IQR of 5
		const nineOnFive = { kind: 'median_iqr', inMinMedian: 7, outMaxMedian: 3, maxIqr: 5 };
		expect(parseInput(consensusRuleFor('nine'), { ...nineOnFive, maxIqr: 2 })).toMatchObject({
			inMinMedian: 7
		});
		expect(refusal(nineOnFive, consensusRuleFor('five'))).toEqual({
			inMinMedian: ['outside_scale'],
			maxIqr: ['outside_scale']
		});
	});

	it('proposes defaults that are valid on their own scale', () => {
		for (const kind of scaleKinds)
			expect(parseInput(consensusRuleFor(kind), medianIqrDefaults[kind])).toEqual(medianIqrDefaults[kind]);
		expect(medianIqrDefaults.nine).toMatchObject({ inMinMedian: 7, outMaxMedian: 3, maxIqr: 2 });
	});
});

it('refuses an unknown kind of rule', () => {
	expect(refusal({ kind: 'majority' })).toEqual({ kind: ['invalid_choice'] });
});

it('accepts a bands rule exactly when no share of high and low ratings meets both IN and OUT', () => {
	const percent = fc.integer({ min: 0, max: 100 });
	fc.assert(
		fc.property(percent, percent, percent, percent, (inMinHigh, inMaxLow, outMinLow, outMaxHigh) => {
			// Brute force over whole-percent shares (as with 100 ratings) instead of the closed form
			let both = false;
			for (let high = 0; high <= 100 && !both; high += 1)
				for (let low = 0; low + high <= 100 && !both; low += 1)
					both = high >= inMinHigh && low <= inMaxLow && low >= outMinLow && high <= outMaxHigh;
			const accepted = ConsensusRuleSchema.safeParse({
				kind: 'bands',
				inMinHigh,
				inMaxLow,
				outMinLow,
				outMaxHigh
			}).success;
			expect(accepted).toBe(!both);
		}),
		{ numRuns: 300 }
	);
});
