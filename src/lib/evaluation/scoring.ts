// Knowledge tests: a survey whose questions carry marks is a test, and a response's answers earn
// the marks of the questions answered right. Pure, so the results page, the exports and the tests
// score alike.
import type { Answers, AnswerValue, Question, SurveyDefinition } from '../surveys/definition.js';
import { questionsOf } from '../surveys/question-types.js';

export type ScoredItem = { name: string; marks: number; earned: number; module: string | null };
export type ModuleScore = { module: string; score: number; maxScore: number; percent: number };
export type Score = {
	score: number;
	maxScore: number;
	/** 100 × score / maxScore; null when nothing is marked. */
	percent: number | null;
	items: ScoredItem[];
	/** Per module tag, in the order modules first appear; untagged questions count only in the total. */
	byModule: ModuleScore[];
};

/** The questions that carry marks: what makes a survey a test. */
export const markedQuestions = (definition: SurveyDefinition): (Question & { marks: number })[] =>
	questionsOf(definition).filter(
		(question): question is Question & { marks: number } => question.marks !== undefined
	);

export const isTest = (definition: SurveyDefinition) => markedQuestions(definition).length > 0;

const percentOf = (score: number, maxScore: number) => (maxScore > 0 ? (100 * score) / maxScore : null);

/**
 * Whether an answer is right: one choice (or yes/no) equal to `correct`; for a multiple choice
 * exactly the right set, no more, no fewer (no partial credit); a number within `tolerance` of it.
 */
export function isCorrect(question: Question, answer: AnswerValue | undefined): boolean {
	const { correct } = question;
	if (answer === undefined || correct === undefined) return false;
	switch (question.type) {
		case 'number': {
			const value = typeof answer === 'number' ? answer : typeof answer === 'string' ? Number(answer) : NaN;
			if (!Number.isFinite(value) || typeof correct !== 'number') return false;
			// A hair over the tolerance for decimals read in binary (0.1 + 0.2).
			return Math.abs(value - correct) <= (question.tolerance ?? 0) + 1e-9;
		}
		case 'multiple_choice': {
			const right = new Set(Array.isArray(correct) ? correct : [String(correct)]);
			const chosen = new Set(Array.isArray(answer) ? answer : []);
			return chosen.size === right.size && [...chosen].every((value) => right.has(value));
		}
		default: {
			const right = Array.isArray(correct) ? correct[0] : String(correct);
			return typeof answer === 'string' && answer === right;
		}
	}
}

/** A response's score on a test: each marked question earns its marks when answered right. */
export function scoreAnswers(definition: SurveyDefinition, answers: Answers): Score {
	const items = markedQuestions(definition).map((question) => ({
		name: question.name,
		marks: question.marks,
		earned: isCorrect(question, answers[question.name]) ? question.marks : 0,
		module: question.module || null
	}));
	const total = (list: ScoredItem[], key: 'marks' | 'earned') =>
		list.reduce((sum, item) => sum + item[key], 0);
	const modules = [...new Set(items.flatMap((item) => (item.module ? [item.module] : [])))];
	const byModule = modules.map((module) => {
		const inModule = items.filter((item) => item.module === module);
		const [score, maxScore] = [total(inModule, 'earned'), total(inModule, 'marks')];
		return { module, score, maxScore, percent: percentOf(score, maxScore) ?? 0 };
	});
	const [score, maxScore] = [total(items, 'earned'), total(items, 'marks')];
	return { score, maxScore, percent: percentOf(score, maxScore), items, byModule };
}
