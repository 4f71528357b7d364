// Item analysis of one instrument version, with Moodle's quiz statistics definitions, and the
// per-item change from pre to post (exact McNemar).
import { checkScores } from './check.js';
import { mean, sampleSd, sum } from './descriptive.js';
import { twoSidedSignTestP } from './incomplete-beta.js';

export interface ItemStatistics {
	/** Mean mark / max mark × 100; null when nobody answered. */
	facilityPercent: number | null;
	/** Sample SD of the item's marks (n − 1). */
	sd: number | null;
	/** Correlation of the item's mark with the rest of the test (total − item) × 100. */
	discriminationIndex: number | null;
	/** Covariance with the rest / the largest covariance the two sets of marks allow, in %. */
	discriminativeEfficiencyPercent: number | null;
}

export interface ItemAnalysis {
	nAttempts: number;
	items: ItemStatistics[];
	/** Mean and sample SD (n − 1) of the attempts' total marks. */
	meanTotal: number | null;
	sdTotal: number | null;
	/** Coefficient of internal consistency: Cronbach's α (KR-20 on right/wrong items) × 100. */
	cicPercent: number | null;
	/** 100 × √(1 − CIC/100): the share of the SD that is measurement error. */
	errorRatioPercent: number | null;
	/** Error ratio × SD of totals / 100, in marks. */
	standardError: number | null;
	/** Of the totals, with Moodle's sample estimators (k₃/k₂^1.5 and k₄/k₂², bias-corrected). */
	skewness: number | null;
	kurtosis: number | null;
	method: 'moodle-quiz-statistics';
}

/** Σ (x − x̄)(y − ȳ). */
function coSum(x: readonly number[], y: readonly number[]): number {
	const mx = sum(x) / x.length;
	const my = sum(y) / y.length;
	return sum(x.map((value, index) => (value - mx) * (y[index] - my)));
}

const ascending = (values: readonly number[]) => [...values].sort((a, b) => a - b);

function itemStatistics(marks: number[], rest: number[], maxMark: number): ItemStatistics {
	const average = mean(marks);
	const covariance = marks.length > 1 ? coSum(marks, rest) : 0;
	const spread = Math.sqrt(coSum(marks, marks) * coSum(rest, rest));
	// Marks and rest each sorted ascending: the pairing that gives the largest covariance
	const largest = marks.length > 1 ? coSum(ascending(marks), ascending(rest)) : 0;
	return {
		facilityPercent: average === null ? null : (100 * average) / maxMark,
		sd: sampleSd(marks),
		discriminationIndex: spread > 0 ? (100 * covariance) / spread : null,
		discriminativeEfficiencyPercent: largest > 0 ? (100 * covariance) / largest : null
	};
}

/**
 * Moodle's quiz statistics on first attempts: facility %, discrimination index (item–rest
 * correlation × 100), discriminative efficiency %, CIC (Cronbach's α / KR-20 × 100), error ratio,
 * SE, skewness and kurtosis of totals. `attempts` holds one row of marks per attempt, one per item.
 */
export function itemAnalysis(
	attempts: ReadonlyArray<readonly number[]>,
	maxMarks: readonly number[]
): ItemAnalysis {
	const k = maxMarks.length;
	attempts.forEach((row, index) => {
		if (row.length !== k)
			throw new RangeError(`attempt #${index + 1} has ${row.length} marks for ${k} items`);
	});
	maxMarks.forEach((max, item) =>
		checkScores(
			`marks of item ${item + 1}`,
			attempts.map((row) => row[item]),
			max
		)
	);
	const s = attempts.length;
	const totals = attempts.map((row) => sum(row));
	const columns = maxMarks.map((_, item) => attempts.map((row) => row[item]));
	const items = columns.map((marks, item) =>
		itemStatistics(
			marks,
			totals.map((total, index) => total - marks[index]),
			maxMarks[item]
		)
	);
	const sdTotal = sampleSd(totals);
	const base = {
		nAttempts: s,
		items,
		meanTotal: mean(totals),
		sdTotal,
		method: 'moodle-quiz-statistics'
	} as const;
	if (sdTotal === null || sdTotal === 0)
		return {
			...base,
			cicPercent: null,
			errorRatioPercent: null,
			standardError: null,
			skewness: null,
			kurtosis: null
		};
	// Central moments of the totals, then Moodle's k-statistics
	const meanTotal = base.meanTotal as number;
	const moment = (power: number) => sum(totals.map((total) => (total - meanTotal) ** power)) / s;
	const [m2, m3, m4] = [moment(2), moment(3), moment(4)];
	const k2 = (s * m2) / (s - 1);
	const k3 = s > 2 ? (s * s * m3) / ((s - 1) * (s - 2)) : null;
	const k4 = s > 3 ? (s * s * ((s + 1) * m4 - 3 * (s - 1) * m2 * m2)) / ((s - 1) * (s - 2) * (s - 3)) : null;
	const itemVariances = sum(columns.map((marks) => (sampleSd(marks) as number) ** 2));
	const cicPercent = k > 1 ? ((100 * k) / (k - 1)) * (1 - itemVariances / k2) : null;
	const errorRatioPercent = cicPercent === null ? null : 100 * Math.sqrt(1 - cicPercent / 100);
	return {
		...base,
		cicPercent,
		errorRatioPercent,
		standardError: errorRatioPercent === null ? null : (errorRatioPercent * sdTotal) / 100,
		skewness: k3 === null ? null : k3 / k2 ** 1.5,
		kurtosis: k4 === null ? null : k4 / (k2 * k2)
	};
}

export interface McNemar {
	/** People answering the item at both times. */
	n: number;
	wrongToRight: number;
	rightToWrong: number;
	/** Exact two-sided p on the discordant pairs (binomial, ½); 1 when there are none. */
	p: number;
	method: 'mcnemar-exact';
}

/** Exact McNemar test of one item pre → post: a two-sided binomial test on the discordant pairs. */
export function mcNemar(pairs: ReadonlyArray<readonly [preRight: boolean, postRight: boolean]>): McNemar {
	const wrongToRight = pairs.filter(([pre, post]) => !pre && post).length;
	const rightToWrong = pairs.filter(([pre, post]) => pre && !post).length;
	return {
		n: pairs.length,
		wrongToRight,
		rightToWrong,
		p: twoSidedSignTestP(wrongToRight, wrongToRight + rightToWrong),
		method: 'mcnemar-exact'
	};
}
