// The small-cell rule every page, export, API answer and map applies to a figure about n people.

/** Below this many people a figure is never shown ("—"). */
export const hiddenBelow = 5;
/** Below this many, only counts, means, SDs and medians are shown: no test, p, CI or effect size. */
export const descriptiveBelow = 10;

export type Disclosure = 'hidden' | 'descriptive' | 'full';

/** Small cells: n < 5 never shown, n < 10 descriptive only, otherwise everything. */
export function disclosure(n: number): Disclosure {
	if (n < hiddenBelow) return 'hidden';
	return n < descriptiveBelow ? 'descriptive' : 'full';
}
