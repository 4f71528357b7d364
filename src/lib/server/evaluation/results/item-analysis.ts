// Item analysis of one instrument version of an event's tests, on first attempts only, under the
// small-cell rule, with Moodle's "needs checking?" flag on weak items (pure).
import { itemAnalysis } from '../../../statistics/items.js';
import { disclosure, type Disclosure } from '../../../statistics/small-cells.js';
import type { ItemMark } from './attempts.js';

/** One marked question of the version, in the version's order. */
export type MarkedItem = { name: string; marks: number; module: string | null };

/**
 * Moodle's question bank flag ("Needs checking?"): very likely below a discrimination index of 30,
 * likely below 50 (qbank_statistics helper thresholds).
 */
export type NeedsChecking = 'very_likely' | 'likely' | null;
export const needsChecking = (discriminationIndex: number | null): NeedsChecking =>
	discriminationIndex === null
		? null
		: discriminationIndex < 30
			? 'very_likely'
			: discriminationIndex < 50
				? 'likely'
				: null;

export type ItemFigures = MarkedItem & {
	/** Descriptive: from 5 attempts. */
	facilityPercent: number | null;
	sd: number | null;
	/** Only from 10 attempts. */
	discriminationIndex: number | null;
	discriminativeEfficiencyPercent: number | null;
	needsChecking: NeedsChecking;
};

export type VersionItemAnalysis = {
	versionId: string;
	/** First attempts with marks per item. */
	nAttempts: number;
	/** First attempts entered as totals only: not in the analysis. */
	withoutItems: number;
	disclosure: Disclosure;
	meanTotal: number | null;
	sdTotal: number | null;
	/** Cronbach's α (KR-20 on right/wrong items) × 100, error ratio and SE: only from 10 attempts. */
	cicPercent: number | null;
	errorRatioPercent: number | null;
	standardError: number | null;
	/** Empty below 5 attempts. */
	items: ItemFigures[];
};

/** itemAnalysis() of the first attempts (their marks per item) at one version of a test. */
export function versionItemAnalysis(
	versionId: string,
	questions: readonly MarkedItem[],
	firstAttempts: ReadonlyArray<{ items: readonly ItemMark[] | null }>
): VersionItemAnalysis {
	const marked = firstAttempts.flatMap((attempt) => (attempt.items ? [attempt.items] : []));
	const rows = marked.map((items) => {
		const earned = new Map(items.map((item) => [item.item, item.earned]));
		return questions.map((question) => earned.get(question.name) ?? 0);
	});
	const analysis = itemAnalysis(
		rows,
		questions.map((question) => question.marks)
	);
	const shown = disclosure(analysis.nAttempts);
	const full = shown === 'full';
	return {
		versionId,
		nAttempts: analysis.nAttempts,
		withoutItems: firstAttempts.length - marked.length,
		disclosure: shown,
		meanTotal: shown === 'hidden' ? null : analysis.meanTotal,
		sdTotal: shown === 'hidden' ? null : analysis.sdTotal,
		cicPercent: full ? analysis.cicPercent : null,
		errorRatioPercent: full ? analysis.errorRatioPercent : null,
		standardError: full ? analysis.standardError : null,
		items:
			shown === 'hidden'
				? []
				: questions.map((question, index) => {
						const item = analysis.items[index];
						return {
							...question,
							facilityPercent: item.facilityPercent,
							sd: item.sd,
							discriminationIndex: full ? item.discriminationIndex : null,
							discriminativeEfficiencyPercent: full ? item.discriminativeEfficiencyPercent : null,
							needsChecking: full ? needsChecking(item.discriminationIndex) : null
						};
					})
	};
}
