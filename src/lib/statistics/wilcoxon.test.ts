import { describe, expect, it } from 'vitest';
import { wilcoxonSignedRank } from './wilcoxon.js';

describe('Wilcoxon signed-rank', () => {
	it('gives the exact p without ties (R: wilcox.test(c(1, 2, -3, 4, 5)) → V = 12, p = 0.3125)', () => {
		const result = wilcoxonSignedRank([1, 2, -3, 4, 5]);
		expect(result).toMatchObject({ n: 5, wPlus: 12, wMinus: 3, statistic: 3, method: 'wilcoxon-exact' });
		// Subsets of 1..5 summing to ≤ 3: {}, {1}, {2}, {3}, {1,2} → 2 × 5/32
		expect(result.p).toBe(0.3125);
		// All eight rising: only the empty subset sums to 0 → 2 × 1/256
		expect(wilcoxonSignedRank([1, 2, 3, 4, 5, 6, 7, 8]).p).toBe(2 / 256);
	});

	it('uses the normal approximation with tie and continuity correction when |differences| tie', () => {
		// |d| 1 1 1 1 2: ranks 2.5 ×4 and 5; W+ = 3 × 2.5 + 5 = 12.5; σ² = 5·6·11/24 − (4³ − 4)/48 = 12.5
		// z = (12.5 − 7.5 − 0.5)/√12.5 = 0.9·√2, so p = erfc(0.9) = 1 − 0.7969082 (tables of erf)
		const result = wilcoxonSignedRank([1, 1, 0, 1, -1, 2, 0]);
		expect(result).toMatchObject({
			n: 5,
			wPlus: 12.5,
			wMinus: 2.5,
			statistic: 2.5,
			method: 'wilcoxon-normal-corrected'
		});
		expect(result.z).toBeCloseTo(0.9 * Math.SQRT2, 12);
		expect(result.p).toBeCloseTo(0.2030918, 6);
	});
});
