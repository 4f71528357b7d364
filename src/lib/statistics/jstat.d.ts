// The few functions of jstat (no types published) that incomplete-beta.ts uses.
declare module 'jstat' {
	interface JStat {
		/** Regularised incomplete beta I_x(a, b). */
		ibeta(x: number, a: number, b: number): number;
		studentt: { inv(p: number, dof: number): number };
	}
	const jStat: JStat;
	export default jStat;
}
