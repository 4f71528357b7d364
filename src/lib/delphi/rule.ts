// Rating scales of Delphi studies and the rule that decides consensus on a statement, shared by the
// study form and the server. Error messages are message keys (see ui/field-errors.ts).
import { z } from 'zod';

/** The points of a scale and how they split into bands (both ends included). */
export interface Scale {
	min: number;
	max: number;
	bands: { low: readonly [number, number]; mid: readonly [number, number]; high: readonly [number, number] };
}

/** 1–9 (GRADE-style: 1–3 not important, 4–6 important, 7–9 critical) and 1–5 agreement. */
export const scales = {
	nine: { min: 1, max: 9, bands: { low: [1, 3], mid: [4, 6], high: [7, 9] } },
	five: { min: 1, max: 5, bands: { low: [1, 2], mid: [3, 3], high: [4, 5] } }
} as const satisfies Record<string, Scale>;

export type ScaleKind = keyof typeof scales;
export const scaleKinds = Object.keys(scales) as ScaleKind[];

/** What forms send (text, blank for "not given") read as a number; anything else is left to zod. */
function numberFromForm(value: unknown): unknown {
	if (value === null || value === undefined) return undefined;
	if (typeof value !== 'string') return value;
	const trimmed = value.trim();
	return trimmed === '' ? undefined : Number(trimmed);
}

/**
 * A share of rated answers, in whole percent. Whole numbers keep the comparison with counts exact
 * (100 × count ≥ percent × rated, all integers), so 7 of 10 meets 70 % with no rounding doubt.
 */
const percent = (fallback: number) =>
	z.preprocess(
		numberFromForm,
		z
			.number({ error: 'invalid_percent' })
			.int({ error: 'invalid_percent' })
			.min(0, { error: 'invalid_percent' })
			.max(100, { error: 'invalid_percent' })
			.default(fallback)
	);

/** A point on the widest scale (1–9); `consensusRuleFor` narrows it to the study's scale. */
const scalePoint = z.preprocess(
	numberFromForm,
	z
		.number({ error: 'invalid_number' })
		.min(scales.nine.min, { error: 'outside_scale' })
		.max(scales.nine.max, { error: 'outside_scale' })
);

const spread = z.preprocess(
	numberFromForm,
	z
		.number({ error: 'invalid_number' })
		.min(0, { error: 'invalid_number' })
		.max(scales.nine.max - scales.nine.min, { error: 'outside_scale' })
);

/** Below this many rated answers (unable-to-rate excluded) no outcome is decided. */
const minRated = z.preprocess(
	numberFromForm,
	z
		.number({ error: 'invalid_number' })
		.int({ error: 'invalid_number' })
		.min(1, { error: 'invalid_number' })
		.max(10_000, { error: 'invalid_number' })
		.default(1)
);

export const bandDefaults = { inMinHigh: 70, inMaxLow: 15, outMinLow: 70, outMaxHigh: 15 } as const;

/**
 * IN when at least `inMinHigh` % rated in the high band and at most `inMaxLow` % in the low band;
 * OUT when at least `outMinLow` % rated low and at most `outMaxHigh` % high.
 *
 * Both can be met by the same ratings exactly when inMinHigh ≤ outMaxHigh, outMinLow ≤ inMaxLow and
 * inMinHigh + outMinLow ≤ 100 (100 ratings with inMinHigh high and outMinLow low meet both), so
 * such a rule is refused: a statement must never be both in and out.
 */
const BandsRuleSchema = z
	.object({
		kind: z.literal('bands'),
		inMinHigh: percent(bandDefaults.inMinHigh),
		inMaxLow: percent(bandDefaults.inMaxLow),
		outMinLow: percent(bandDefaults.outMinLow),
		outMaxHigh: percent(bandDefaults.outMaxHigh),
		minRated
	})
	.refine(
		(rule) =>
			!(
				rule.inMinHigh <= rule.outMaxHigh &&
				rule.outMinLow <= rule.inMaxLow &&
				rule.inMinHigh + rule.outMinLow <= 100
			),
		{ error: 'consensus_rule_overlaps' }
	);

/**
 * IN when the median is at least `inMinMedian` and the IQR at most `maxIqr`; OUT when the median is
 * at most `outMaxMedian` and the IQR at most `maxIqr`. Both at once needs outMaxMedian ≥ inMinMedian,
 * which is refused for the same reason as above.
 */
const MedianIqrRuleSchema = z
	.object({
		kind: z.literal('median_iqr'),
		inMinMedian: scalePoint,
		outMaxMedian: scalePoint,
		maxIqr: spread,
		minRated
	})
	.refine((rule) => rule.outMaxMedian < rule.inMinMedian, { error: 'consensus_rule_overlaps' });

/** A consensus rule; an overlap between IN and OUT is reported on the rule as a whole. */
export const ConsensusRuleSchema = z.discriminatedUnion('kind', [BandsRuleSchema, MedianIqrRuleSchema], {
	error: 'invalid_choice'
});

export type ConsensusRule = z.output<typeof ConsensusRuleSchema>;
export type MedianIqrRule = Extract<ConsensusRule, { kind: 'median_iqr' }>;

/** The rule for a study on `scale`: medians and IQR must also fit that scale (1–5 is narrower). */
export function consensusRuleFor(kind: ScaleKind) {
	const { min, max } = scales[kind];
	return ConsensusRuleSchema.superRefine((rule, context) => {
		if (rule.kind !== 'median_iqr') return;
		for (const field of ['inMinMedian', 'outMaxMedian'] as const)
			if (rule[field] < min || rule[field] > max)
				context.addIssue({ code: 'custom', path: [field], message: 'outside_scale' });
		if (rule.maxIqr > max - min)
			context.addIssue({ code: 'custom', path: ['maxIqr'], message: 'outside_scale' });
	});
}

/**
 * What a new study starts with: the bands rule 70/15/70/15. It is the same on both scales today;
 * taking the scale keeps callers ready for a difference.
 */
export function defaultRule(_scale: ScaleKind): ConsensusRule {
	return { kind: 'bands', ...bandDefaults, minRated: 1 };
}

/**
 * What the form proposes when a study switches to the median/IQR rule. 7/3/2 on the 1–9 scale is the
 * usual GRADE/RAND reading; 4/2/1 is its common counterpart on a 1–5 agreement scale.
 */
export const medianIqrDefaults = {
	nine: { kind: 'median_iqr', inMinMedian: 7, outMaxMedian: 3, maxIqr: 2, minRated: 1 },
	five: { kind: 'median_iqr', inMinMedian: 4, outMaxMedian: 2, maxIqr: 1, minRated: 1 }
} as const satisfies Record<ScaleKind, MedianIqrRule>;
