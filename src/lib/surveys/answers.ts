// A respondent's answers: read from the plain HTML form of a survey page, which questions their
// earlier answers show, and whether each answer fits its question. Pure: the server runs it on every
// submission, and a page may run it to show or hide questions.
import {
	otherAnswerName,
	otherValue,
	questionsOf,
	type AnswerValue,
	type Answers,
	type Condition,
	type Question,
	type SurveyDefinition
} from './definition.js';
import { matchesWhole, patternAnswerLimit } from './pattern.js';
import { defaultRatingScale } from './question-types.js';

/** The form field of a question; a matrix adds `.<row>`, the "other" text `.other`. */
export const questionFieldName = (name: string) => `q.${name}`;
export const otherFieldName = (name: string) => `q.${name}.other`;
export const matrixFieldName = (name: string, row: string) => `q.${name}.${row}`;

/** Longest free text kept, whatever the survey says: a guard against pasted documents. */
const textLimit = 10_000;

type FormSource = FormData | URLSearchParams;

const formText = (form: FormSource, field: string): string => {
	const value = form.get(field);
	return typeof value === 'string' ? value.trim() : '';
};

const formTexts = (form: FormSource, field: string): string[] =>
	form.getAll(field).flatMap((value) => (typeof value === 'string' && value.trim() ? [value.trim()] : []));

const numberShape = /^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i;

/**
 * A number typed by a person: `3`, `-2.5`, and `2,5` as French and Arabic keyboards write it.
 * Undefined when the text is not a plain finite number (`Number` alone would take `''`, `0x10`,
 * `Infinity`).
 */
export function parseNumber(text: string): number | undefined {
	const trimmed = text.trim();
	const decimal = trimmed.includes('.') ? trimmed : trimmed.replace(/^([+-]?\d*),(\d+)$/, '$1.$2');
	if (!numberShape.test(decimal)) return undefined;
	const value = Number(decimal);
	return Number.isFinite(value) ? value : undefined;
}

/**
 * The answers a survey form sent: blanks dropped, numbers parsed (a number that does not parse is
 * kept as typed, so validation refuses it beside its field), fields that are no question ignored.
 * An "other" text typed without ticking "other" counts as choosing it.
 */
export function answersFromForm(definition: SurveyDefinition, form: FormSource): Answers {
	const answers: Answers = {};
	for (const question of questionsOf(definition)) {
		const { name } = question;
		const field = questionFieldName(name);
		switch (question.type) {
			case 'number':
			case 'rating': {
				const text = formText(form, field);
				if (text) answers[name] = parseNumber(text) ?? text;
				break;
			}
			case 'multiple_choice': {
				const picked = [...new Set(formTexts(form, field))];
				const other = question.allowOther ? formText(form, otherFieldName(name)) : '';
				if (other) {
					answers[otherAnswerName(name)] = other;
					if (!picked.includes(otherValue)) picked.push(otherValue);
				}
				if (picked.length > 0) answers[name] = picked;
				break;
			}
			case 'matrix': {
				const rows = Object.fromEntries(
					question.rows.flatMap((row) => {
						const value = formText(form, matrixFieldName(name, row.value));
						return value ? [[row.value, value]] : [];
					})
				);
				if (Object.keys(rows).length > 0) answers[name] = rows;
				break;
			}
			case 'country': {
				const text = formText(form, field);
				if (text) answers[name] = text.toUpperCase();
				break;
			}
			default: {
				const text = formText(form, field);
				const other =
					question.type === 'single_choice' && question.allowOther
						? formText(form, otherFieldName(name))
						: '';
				if (other) answers[otherAnswerName(name)] = other;
				if (text) answers[name] = text;
				else if (other) answers[name] = otherValue;
			}
		}
	}
	return answers;
}

const isBlank = (value: AnswerValue | undefined): value is undefined =>
	value === undefined ||
	value === null ||
	(typeof value === 'string' && value.trim() === '') ||
	(Array.isArray(value) && value.every((item) => typeof item === 'string' && item.trim() === '')) ||
	(typeof value === 'object' &&
		!Array.isArray(value) &&
		Object.values(value).every((item) => typeof item === 'string' && item.trim() === ''));

/** How an answer reads in a comparison: XLSForm writes several choices as one spaced list. */
const comparableText = (value: AnswerValue): string | undefined =>
	typeof value === 'string' || typeof value === 'number'
		? String(value)
		: Array.isArray(value)
			? value.join(' ')
			: undefined;

const isoDate = /^\d{4}-\d{2}-\d{2}$/;

/** Numbers compare as numbers; two dates (YYYY-MM-DD) compare in calendar order. */
function compare(answer: AnswerValue, target: string | undefined): number | undefined {
	if (target === undefined) return undefined;
	if (typeof answer === 'string' && isoDate.test(answer) && isoDate.test(target.trim()))
		return answer.localeCompare(target.trim());
	const left =
		typeof answer === 'number' ? answer : typeof answer === 'string' ? parseNumber(answer) : undefined;
	const right = parseNumber(target);
	return left === undefined || right === undefined ? undefined : left - right;
}

function holds(condition: Condition, answers: Answers): boolean {
	const answer = answers[condition.question];
	if (condition.operator === 'answered') return !isBlank(answer);
	if (condition.operator === 'not_equals')
		return isBlank(answer) || comparableText(answer) !== (condition.value ?? '');
	if (isBlank(answer)) return false;
	switch (condition.operator) {
		case 'equals':
			return comparableText(answer) === (condition.value ?? '');
		case 'includes':
			return Array.isArray(answer)
				? answer.includes(condition.value ?? '')
				: comparableText(answer) === condition.value;
		case 'greater_than':
			return (compare(answer, condition.value) ?? 0) > 0;
		case 'less_than':
			return (compare(answer, condition.value) ?? 0) < 0;
	}
}

/**
 * Whether a question is asked, given the answers so far: every condition holds. `hidden` names the
 * questions already found hidden, and a condition on one of them hides this question too (else
 * "not equals" on an unasked question would show it). `shownQuestions` keeps that list in order.
 */
export function isShown(
	question: Question,
	answers: Answers,
	hidden: ReadonlySet<string> = new Set()
): boolean {
	return question.showIf.every((condition) => !hidden.has(condition.question) && holds(condition, answers));
}

/** The questions asked, in order, with the answers given (answers to hidden ones do not count). */
export function shownQuestions(definition: SurveyDefinition, answers: Answers): Question[] {
	const hidden = new Set<string>();
	const asked: Answers = {};
	return questionsOf(definition).filter((question) => {
		const shown = isShown(question, asked, hidden);
		if (shown && answers[question.name] !== undefined) asked[question.name] = answers[question.name];
		if (!shown) hidden.add(question.name);
		return shown;
	});
}

type Checked = { value?: AnswerValue; other?: string; errors: string[] };

const emailShape = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

const asText = (value: AnswerValue): string | undefined =>
	typeof value === 'string' ? value.trim() : typeof value === 'number' ? String(value) : undefined;

const asNumber = (value: AnswerValue): number | undefined =>
	typeof value === 'number'
		? Number.isFinite(value)
			? value
			: undefined
		: typeof value === 'string'
			? parseNumber(value)
			: undefined;

function isRealDate(text: string): boolean {
	if (!isoDate.test(text)) return false;
	const [year, month, day] = text.split('-').map(Number);
	const date = new Date(Date.UTC(year, month - 1, day));
	return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** The keys of the constraint rules an answer breaks (not its type: that is checked first). */
function brokenRules(question: Question, value: AnswerValue): string[] {
	const constraint = question.constraint;
	if (!constraint) return [];
	const broken: string[] = [];
	if (typeof value === 'number') {
		if (constraint.min !== undefined && value < constraint.min) broken.push('out_of_range');
		else if (constraint.max !== undefined && value > constraint.max) broken.push('out_of_range');
	}
	if (
		typeof value === 'string' &&
		(question.type === 'short_text' || question.type === 'long_text' || question.type === 'email')
	) {
		const { pattern } = constraint;
		// A pattern is checked on answers of a sensible length only: a longer one is too long.
		const unchecked = pattern !== undefined && value.length > patternAnswerLimit;
		if (constraint.minLength !== undefined && value.length < constraint.minLength) broken.push('too_short');
		if ((constraint.maxLength !== undefined && value.length > constraint.maxLength) || unchecked)
			broken.push('too_long');
		if (pattern !== undefined && !unchecked && !matchesWhole(pattern, value)) broken.push('pattern_mismatch');
	}
	return broken;
}

const choiceValues = (question: Question): Set<string> =>
	new Set([...question.choices.map((choice) => choice.value), ...(question.allowOther ? [otherValue] : [])]);

/** The other text, when the answer chose "other": a required part of the answer on completion. */
function withOther(
	question: Question,
	chosen: string[],
	answers: Answers,
	complete: boolean,
	value: AnswerValue
): Checked {
	if (!chosen.includes(otherValue)) return { value, errors: [] };
	const raw = answers[otherAnswerName(question.name)];
	const other = raw === undefined ? '' : (asText(raw) ?? '');
	if (other.length > textLimit) return { errors: ['too_long'] };
	if (other) return { value, other, errors: [] };
	return complete ? { value, errors: ['other_required'] } : { value, errors: [] };
}

function checkAnswer(question: Question, value: AnswerValue, answers: Answers, complete: boolean): Checked {
	switch (question.type) {
		case 'short_text':
		case 'long_text':
		case 'email': {
			const text = asText(value);
			if (text === undefined) return { errors: ['invalid_text'] };
			if (text.length > textLimit) return { errors: ['too_long'] };
			if (question.type === 'email' && (text.length > 254 || !emailShape.test(text)))
				return { errors: ['invalid_email'] };
			return { value: text, errors: [] };
		}
		case 'number':
		case 'rating': {
			const number = asNumber(value);
			if (number === undefined) return { errors: ['invalid_number'] };
			if (question.type === 'rating') {
				if (!Number.isInteger(number)) return { errors: ['invalid_number'] };
				const scale = question.scale ?? defaultRatingScale;
				if (number < scale.min || number > scale.max) return { errors: ['out_of_range'] };
			}
			return { value: number, errors: [] };
		}
		case 'date': {
			const text = asText(value);
			return text !== undefined && isRealDate(text)
				? { value: text, errors: [] }
				: { errors: ['invalid_date'] };
		}
		case 'country': {
			const code = asText(value)?.toUpperCase();
			return code !== undefined && /^[A-Z]{2}$/.test(code)
				? { value: code, errors: [] }
				: { errors: ['invalid_country'] };
		}
		case 'yes_no': {
			const text = asText(value);
			return text === 'yes' || text === 'no' ? { value: text, errors: [] } : { errors: ['invalid_choice'] };
		}
		case 'single_choice': {
			const text = asText(value);
			if (text === undefined || !choiceValues(question).has(text)) return { errors: ['invalid_choice'] };
			return withOther(question, [text], answers, complete, text);
		}
		case 'multiple_choice': {
			const list = typeof value === 'string' ? [value] : value;
			if (!Array.isArray(list) || list.some((item) => typeof item !== 'string'))
				return { errors: ['invalid_choice'] };
			const allowed = choiceValues(question);
			const chosen = [...new Set(list.map((item) => item.trim()).filter((item) => item !== ''))];
			if (chosen.some((item) => !allowed.has(item))) return { errors: ['invalid_choice'] };
			// Kept in the order the question lists its choices, so a saved answer reads the same way.
			const ordered = [...allowed].filter((item) => chosen.includes(item));
			return withOther(question, ordered, answers, complete, ordered);
		}
		case 'matrix': {
			if (typeof value !== 'object' || Array.isArray(value)) return { errors: ['invalid_choice'] };
			const rows = new Set(question.rows.map((row) => row.value));
			const columns = choiceValues({ ...question, allowOther: false });
			const entries = Object.entries(value).flatMap(([row, column]) =>
				typeof column === 'string' && column.trim() === '' ? [] : [[row, column] as const]
			);
			if (
				entries.some(
					([row, column]) => !rows.has(row) || typeof column !== 'string' || !columns.has(column.trim())
				)
			)
				return { errors: ['invalid_choice'] };
			const answered = Object.fromEntries(
				question.rows.flatMap((row) => {
					const column = entries.find(([name]) => name === row.value)?.[1];
					return column === undefined ? [] : [[row.value, String(column).trim()]];
				})
			);
			if (Object.keys(answered).length === 0) return { errors: [] };
			// A required matrix is answered when every row is.
			if (complete && question.required && Object.keys(answered).length < rows.size)
				return { value: answered, errors: ['required'] };
			return { value: answered, errors: [] };
		}
	}
}

export type ValidatedAnswers = { answers: Answers; errors: Record<string, string[]> };

/**
 * The answers kept and the problems found, by question name (an "other" text's problem under its
 * question's name). Answers to hidden questions and to no question are dropped, and so is any answer
 * with a problem: validating the answers kept again finds nothing new. `complete: false` (saving to
 * resume later) checks what was answered; `complete: true` (submitting) also asks for every required
 * question shown and the text of a chosen "other". Errors are message keys; a broken constraint
 * whose question has its own message gives `constraint_message`.
 */
export function validateAnswers(
	definition: SurveyDefinition,
	answers: Answers,
	{ complete }: { complete: boolean }
): ValidatedAnswers {
	const kept: Answers = {};
	const errors: Record<string, string[]> = {};
	const hidden = new Set<string>();
	for (const question of questionsOf(definition)) {
		const { name } = question;
		// Conditions read the answers kept so far, so a refused answer shows what it would show if
		// left blank, the same on every pass.
		if (!isShown(question, kept, hidden)) {
			hidden.add(name);
			continue;
		}
		const value = answers[name];
		if (isBlank(value)) {
			if (complete && question.required) errors[name] = ['required'];
			continue;
		}
		const checked = checkAnswer(question, value, answers, complete);
		let problems = checked.errors;
		if (checked.value !== undefined && problems.length === 0) {
			const broken = brokenRules(question, checked.value);
			if (broken.length > 0) problems = question.constraint?.message ? ['constraint_message'] : broken;
		}
		if (
			checked.value !== undefined &&
			(problems.length === 0 || problems.every((key) => key === 'required' || key === 'other_required'))
		) {
			kept[name] = checked.value;
			if (checked.other !== undefined) kept[otherAnswerName(name)] = checked.other;
		}
		if (problems.length > 0) errors[name] = problems;
	}
	return { answers: kept, errors };
}
