// A seeded pseudo-random generator for demo figures: the same seed gives the same figures on every
// load (mulberry32 seeded by FNV-1a of a text). Not for anything secret.

export type SeededRandom = {
	/** Uniform in [0, 1). */
	next(): number;
	/** Uniform in [min, max). */
	between(min: number, max: number): number;
	/** Standard normal (Box–Muller). */
	normal(): number;
	/** The list in a random order (Fisher–Yates), as a copy. */
	shuffle<T>(list: readonly T[]): T[];
};

function fnv1a(text: string): number {
	let hash = 0x811c9dc5;
	for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
	return hash >>> 0;
}

export function seededRandom(seed: string): SeededRandom {
	let state = fnv1a(seed);
	const next = () => {
		state = (state + 0x6d2b79f5) | 0;
		let t = Math.imul(state ^ (state >>> 15), state | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
	return {
		next,
		between: (min, max) => min + (max - min) * next(),
		normal: () => Math.sqrt(-2 * Math.log(1 - next())) * Math.cos(2 * Math.PI * next()),
		shuffle: (list) => {
			const copy = [...list];
			for (let i = copy.length - 1; i > 0; i--) {
				const j = Math.floor(next() * (i + 1));
				[copy[i], copy[j]] = [copy[j], copy[i]];
			}
			return copy;
		}
	};
}
