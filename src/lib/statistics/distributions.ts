// Tail probabilities of the normal and chi-square laws, closed forms kept accurate far out in the
// tail. (Student t and the binomial are in incomplete-beta.ts: this file has no dependency, so
// pages that only need these do not load jstat.)

/**
 * erfc(x), Chebyshev fit of Numerical Recipes (`erfcc`): relative error below 1.2e-7 everywhere,
 * which keeps small tail probabilities accurate too (1 − erf(x) would lose them).
 */
function erfc(x: number): number {
	const z = Math.abs(x);
	const t = 1 / (1 + 0.5 * z);
	const poly =
		-z * z -
		1.26551223 +
		t *
			(1.00002368 +
				t *
					(0.37409196 +
						t *
							(0.09678418 +
								t *
									(-0.18628806 +
										t *
											(0.27886807 +
												t * (-1.13520398 + t * (1.48851587 + t * (-0.82215223 + t * 0.17087277))))))));
	const value = t * Math.exp(poly);
	return x >= 0 ? value : 2 - value;
}

/** P(Z ≤ z) for a standard normal Z. */
export function normalCdf(z: number): number {
	return 0.5 * erfc(-z / Math.SQRT2);
}

/** P(Z ≥ |z|) twice: the two-sided p-value of a standard normal statistic. */
export const twoSidedNormalP = (z: number) => Math.min(1, erfc(Math.abs(z) / Math.SQRT2));

/**
 * P(X ≥ x) for X chi-square with `df` degrees of freedom (whole df ≥ 1), by the closed forms of the
 * upper incomplete gamma at whole and half-whole shapes (Abramowitz & Stegun 26.4.4–26.4.5).
 */
export function chiSquareSurvival(x: number, df: number): number {
	if (x <= 0) return 1;
	if (df % 2 === 0) {
		// e^(−x/2) Σ_{k<df/2} (x/2)^k / k!
		let term = 1;
		let sum = 1;
		for (let k = 1; k < df / 2; k += 1) {
			term *= x / 2 / k;
			sum += term;
		}
		return Math.min(1, Math.exp(-x / 2) * sum);
	}
	// 2·Q(√x) + 2·φ(√x) Σ_{j=1}^{(df−1)/2} x^(j−½) / (1·3·…·(2j−1))
	const root = Math.sqrt(x);
	const density = Math.exp(-x / 2) / Math.sqrt(2 * Math.PI);
	let term = root;
	let sum = 0;
	for (let j = 1; j <= (df - 1) / 2; j += 1) {
		if (j > 1) term *= x / (2 * j - 1);
		sum += term;
	}
	return Math.min(1, erfc(root / Math.SQRT2) + 2 * density * sum);
}
