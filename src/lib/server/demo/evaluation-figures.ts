// Invented results of one demo training, shaped like published evaluations of migrant-health
// trainings: pre-test ≈ 60–68 %, post-test 16–22 points higher, a few failed post-tests (most retaken), some
// people who took only one of the two, decay at the follow-ups, satisfaction returned by 30–72 %.
// Each person's test is drawn as a total first, then which items earned it: items are picked by
// their easiness (weighted sampling without replacement), so facility varies by item, and items
// marked `guess` are right by chance whatever the person knows (they discriminate badly).
import type { SeededRandom } from './seeded-random.js';

/** A one-mark test item; `pre` and `post` are its log-easiness before and after the training. */
export type DemoItem = { name: string; pre: number; post: number; guess?: number };

/** One person's attempt: marks earned per item. */
export type DemoAttempt = { person: number; attempt: number; earned: Record<string, number> };

export type DemoTrainingFigures = {
	pre: DemoAttempt[];
	post: DemoAttempt[];
	followUps: { offsetDays: number; attempts: DemoAttempt[] }[];
	/** Who returned the satisfaction questionnaire, and their ratings (1–5) per question. */
	satisfaction: { person: number; ratings: Record<string, number> }[];
};

export type DemoTrainingInput = {
	people: number;
	items: readonly DemoItem[];
	passMarkPercent: number;
	followUpDays: readonly number[];
	/** Rating questions and how far each sits from a person's overall satisfaction. */
	ratings: readonly { name: string; shift: number }[];
};

const clamp = (value: number, min: number, max: number) => Math.min(max, Math.max(min, value));

/** Which items a person of this share of the marks gets right, in this phase. */
function answer(
	random: SeededRandom,
	items: readonly DemoItem[],
	share: number,
	phase: 'pre' | 'post'
): Record<string, number> {
	const earned: Record<string, number> = {};
	let left = Math.round(share * items.length);
	const guessed = items.filter((item) => item.guess !== undefined);
	for (const item of guessed) {
		earned[item.name] = random.next() < item.guess! ? 1 : 0;
		left -= earned[item.name];
	}
	// Efraimidis–Spirakis: key ln(u) / weight, the largest keys win.
	const ranked = items
		.filter((item) => item.guess === undefined)
		.map((item) => ({ item, key: Math.log(1 - random.next()) / Math.exp(item[phase]) }))
		.sort((a, b) => b.key - a.key);
	ranked.forEach(({ item }, rank) => (earned[item.name] = rank < left ? 1 : 0));
	return earned;
}

const total = (earned: Record<string, number>) => Object.values(earned).reduce((sum, mark) => sum + mark, 0);

export function demoTrainingFigures(random: SeededRandom, input: DemoTrainingInput): DemoTrainingFigures {
	const { items } = input;
	const pre = random.between(0.6, 0.68);
	const level = { pre, post: pre + random.between(0.16, 0.22) };
	const decayAt90Days = random.between(0.05, 0.08);
	const satisfactionRate = random.between(0.3, 0.72);
	const figures: DemoTrainingFigures = {
		pre: [],
		post: [],
		followUps: input.followUpDays.map((offsetDays) => ({ offsetDays, attempts: [] })),
		satisfaction: []
	};
	const tookPost: number[] = [];
	for (let person = 0; person < input.people; person++) {
		const knows = random.normal();
		const attendance = random.next();
		const preShare = clamp(level.pre + 0.11 * knows + 0.06 * random.normal(), 0.15, 1);
		const postShare = clamp(level.post + 0.07 * knows + 0.05 * random.normal(), 0.3, 1);
		// About one in fourteen missed the post-test, one in sixteen arrived after the pre-test.
		const preOnly = attendance < 0.07;
		const postOnly = !preOnly && attendance < 0.07 + 0.0625;
		if (!postOnly) figures.pre.push({ person, attempt: 1, earned: answer(random, items, preShare, 'pre') });
		if (preOnly) continue;
		tookPost.push(person);
		const first = answer(random, items, postShare, 'post');
		figures.post.push({ person, attempt: 1, earned: first });
		const failed = total(first) * 100 < input.passMarkPercent * items.length;
		if (failed && random.next() < 0.75) {
			const again = clamp(postShare + random.between(0.08, 0.15), 0, 1);
			figures.post.push({ person, attempt: 2, earned: answer(random, items, again, 'post') });
		}
		for (const followUp of figures.followUps) {
			if (random.next() >= 0.75 - followUp.offsetDays / 1000) continue;
			const decay = decayAt90Days * Math.sqrt(followUp.offsetDays / 90);
			const share = postShare - decay + 0.03 * random.normal();
			followUp.attempts.push({
				person,
				attempt: 1,
				earned: answer(random, items, clamp(share, 0.2, 1), 'post')
			});
		}
	}
	const respondents = random
		.shuffle(tookPost)
		.slice(0, Math.round(satisfactionRate * input.people))
		.sort((a, b) => a - b);
	for (const person of respondents) {
		const overall = 4.2 + 0.5 * random.normal();
		const ratings = Object.fromEntries(
			input.ratings.map(({ name, shift }) => [
				name,
				clamp(Math.round(overall + shift + 0.5 * random.normal()), 1, 5)
			])
		);
		figures.satisfaction.push({ person, ratings });
	}
	return figures;
}
