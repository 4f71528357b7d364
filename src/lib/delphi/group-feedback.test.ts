import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { times } from '../server/testing/fixtures.js';
import { summarise, type Rating, type Summary } from './consensus.js';
import { panelFeedback, shownGroups } from './group-feedback.js';
import type { StatementRoundResult } from './round-result.js';

/** A round's result as closing the round freezes it: the whole panel and each group. */
function frozen(groups: Record<string, Rating[]>): StatementRoundResult {
	return {
		overall: summarise(Object.values(groups).flat(), 'nine'),
		byGroup: Object.fromEntries(
			Object.entries(groups).map(([group, ratings]) => [group, summarise(ratings, 'nine')])
		)
	};
}

/** What the whole panel minus the groups shown gives away: counts and unable-to-rate left over. */
function remainder(result: StatementRoundResult, shown: Summary[]) {
	const counts = result.overall.counts.map(
		(count, index) => count - shown.reduce((sum, group) => sum + group.counts[index], 0)
	);
	const nUnable = result.overall.nUnable - shown.reduce((sum, group) => sum + group.nUnable, 0);
	return { counts, nRated: counts.reduce((sum, count) => sum + count, 0), nUnable };
}

describe('stakeholder groups shown to the panel', () => {
	it('shows every group when each has enough ratings', () => {
		const result = frozen({ Academia: [7, 8, 9], Ministries: [2, 3, 4, null] });
		expect(shownGroups(result, 3, 'nine')).toEqual({ ...result, otherGroups: null });
	});

	it('never shows a lone member, nor lets the whole panel minus the other groups give them away', () => {
		// Ministries alone would be the panel minus Academia and NGOs: NGOs (the smaller) joins it.
		const result = frozen({ Academia: [7, 8, 9, 9, 8], NGOs: [5, 5, 6, 4], Ministries: [1] });
		const shown = shownGroups(result, 3, 'nine');
		expect(Object.keys(shown.byGroup)).toEqual(['Academia']);
		expect(shown.otherGroups).toEqual(summarise([5, 5, 6, 4, 1], 'nine'));
		expect(JSON.stringify(shown)).not.toContain('Ministries');
	});

	it('merges small groups into "other groups" when together they are enough', () => {
		const result = frozen({ Academia: [7, 8, 9], NGOs: [5, null], Ministries: [2], Unions: [3] });
		const shown = shownGroups(result, 3, 'nine');
		expect(Object.keys(shown.byGroup)).toEqual(['Academia']);
		expect(shown.otherGroups).toEqual(summarise([5, null, 2, 3], 'nine'));
	});

	it('shows no group when nothing could be shown on its own', () => {
		// In a group of two each member could work out the other's rating.
		for (const groups of [
			{ Academia: [7, 8], Ministries: [2, 3] },
			{ Academia: [7, 8, 9], Ministries: [2] }
		])
			expect(shownGroups(frozen(groups), 3, 'nine')).toMatchObject({ byGroup: {}, otherGroups: null });
	});

	it('counts ratings, not answers: unable-to-rate does not make a group large enough', () => {
		const result = frozen({ Academia: [7, 8, 9], Ministries: [6, null, null, null] });
		expect(shownGroups(result, 3, 'nine')).toMatchObject({ byGroup: {}, otherGroups: null });
	});

	it('follows the study’s minimum', () => {
		const result = frozen({ Academia: [7, 8, 9], Ministries: [2, 3] });
		expect(Object.keys(shownGroups(result, 2, 'nine').byGroup)).toEqual(['Academia', 'Ministries']);
		expect(shownGroups(result, 4, 'nine').byGroup).toEqual({});
	});

	it('merges on the study’s scale', () => {
		const result: StatementRoundResult = {
			overall: summarise([1, 5, 5, 4, 4, 4], 'five'),
			byGroup: {
				Academia: summarise([5, 5, 4, 4], 'five'),
				Ministries: summarise([1], 'five'),
				NGOs: summarise([4], 'five')
			}
		};
		expect(shownGroups(result, 2, 'five').otherGroups).toEqual(summarise([1, 4], 'five'));
	});

	it('for any groups and minimum, no figure shown or worked out rests on fewer ratings than the minimum', () => {
		const rating = fc.option(fc.integer({ min: 1, max: 9 }), { freq: 5 });
		const groups = fc.dictionary(
			fc.constantFrom('A', 'B', 'C', 'D', 'E', 'F'),
			fc.array(rating, { minLength: 1, maxLength: 7 }),
			{ minKeys: 1 }
		);
		fc.assert(
			fc.property(groups, fc.integer({ min: 2, max: 6 }), (ratings, minimum) => {
				const result = frozen(ratings);
				const shown = shownGroups(result, minimum, 'nine');
				const groupsShown = Object.entries(shown.byGroup);
				// Figures are true, or not there at all.
				for (const [group, summary] of groupsShown) {
					expect(summary).toEqual(result.byGroup[group]);
					expect(summary.nRated).toBeGreaterThanOrEqual(minimum);
				}
				expect(shown.overall).toEqual(result.overall);
				if (groupsShown.length === 0) {
					expect(shown.otherGroups).toBeNull();
					return;
				}
				// The whole panel minus the groups shown: nothing, or "other groups" with enough ratings.
				const left = remainder(
					result,
					groupsShown.map(([, summary]) => summary)
				);
				if (shown.otherGroups === null)
					expect(left).toEqual({ counts: left.counts.map(() => 0), nRated: 0, nUnable: 0 });
				else {
					expect(left.nRated).toBeGreaterThanOrEqual(minimum);
					expect(shown.otherGroups).toMatchObject({
						counts: left.counts,
						nRated: left.nRated,
						nUnable: left.nUnable
					});
				}
				// A group with too few ratings is never shown on its own; a lone member never is.
				for (const [group, summary] of Object.entries(result.byGroup))
					if (summary.nRated < minimum || summary.nResponses === 1)
						expect(shown.byGroup).not.toHaveProperty(group);
			}),
			{ numRuns: 500 }
		);
	});

	it('keeps the lone member of a panel unreadable whatever they rated', () => {
		const size = fc.integer({ min: 0, max: 8 });
		fc.assert(
			fc.property(fc.integer({ min: 1, max: 9 }), size, size, (lone, academia, ngos) => {
				const result = frozen({ Academia: times(academia, 5), NGOs: times(ngos, 6), Solo: [lone] });
				const shown = shownGroups(result, 3, 'nine');
				expect(shown.byGroup).not.toHaveProperty('Solo');
				// The one group shown, if any, leaves "other groups" of at least three ratings with Solo in it.
				if (Object.keys(shown.byGroup).length > 0)
					expect(shown.otherGroups?.nRated).toBeGreaterThanOrEqual(3);
				else expect(shown.otherGroups).toBeNull();
			})
		);
	});

	it('shows the panel no figure at all when the whole panel gave fewer ratings than the minimum', () => {
		const two = frozen({ Academia: [7, null, null], Ministries: [2] });
		expect(panelFeedback(two, 3, 'nine')).toBeNull();
		const three = frozen({ Academia: [7, 8, null], Ministries: [2] });
		expect(panelFeedback(three, 3, 'nine')).toEqual({
			overall: three.overall,
			byGroup: {},
			otherGroups: null
		});
	});
});
