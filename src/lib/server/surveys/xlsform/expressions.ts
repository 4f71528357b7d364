// The small part of XLSForm's XPath that maps onto a survey's conditions and constraints, read and
// written. What falls outside it is handed back as text, for the import to report as left out.
import type { Condition, Constraint } from '../../../surveys/definition.js';
import { patternProblem } from '../../../surveys/pattern.js';

const numberText = /^[+-]?(\d+(\.\d+)?|\.\d+)(e[+-]?\d+)?$/i;
const quoted = /^(?:'([^']*)'|"([^"]*)")$/;

/** An XPath literal: a quoted string or a plain number; undefined for anything else. */
function literal(text: string): string | undefined {
	const trimmed = text.trim();
	const match = quoted.exec(trimmed);
	if (match) return match[1] ?? match[2];
	return numberText.test(trimmed) ? trimmed : undefined;
}

const toNumber = (text: string): number | undefined => {
	const trimmed = text.trim();
	return numberText.test(trimmed) && Number.isFinite(Number(trimmed)) ? Number(trimmed) : undefined;
};

/** A string as an XPath literal; XPath 1 has no escapes, so the other quote encloses one with `'`. */
const quote = (text: string): string => (text.includes("'") ? `"${text}"` : `'${text}'`);

/**
 * The clauses of `a and b and c`, outside quotes and parentheses; undefined when the expression
 * also uses `or` there, which a list of conditions that must all hold cannot say.
 */
export function andClauses(expression: string): string[] | undefined {
	const clauses: string[] = [];
	let depth = 0;
	let quote: string | undefined;
	let start = 0;
	for (let i = 0; i < expression.length; i++) {
		const char = expression[i];
		if (quote) {
			if (char === quote) quote = undefined;
			continue;
		}
		if (char === "'" || char === '"') quote = char;
		else if (char === '(') depth++;
		else if (char === ')') depth--;
		else if (depth === 0 && /\s/.test(char)) {
			const word = /^\s+(and|or)\s+/i.exec(expression.slice(i));
			if (word) {
				if (word[1].toLowerCase() === 'or') return undefined;
				clauses.push(expression.slice(start, i));
				i += word[0].length - 1;
				start = i + 1;
			}
		}
	}
	clauses.push(expression.slice(start));
	const flat: string[] = [];
	for (const clause of clauses) {
		const inner = unwrap(clause);
		if (inner === clause.trim()) {
			if (inner !== '') flat.push(inner);
			continue;
		}
		// `(a and b) and c` is `a and b and c`; `(a or b)` is still an or.
		const nested = andClauses(inner);
		if (!nested) return undefined;
		flat.push(...nested);
	}
	return flat;
}

/** `(x)` → `x`, when the parentheses enclose the whole clause (not in `(a) = (b)`). */
function unwrap(clause: string): string {
	let text = clause.trim();
	while (text.startsWith('(') && text.endsWith(')') && enclosesAll(text)) text = text.slice(1, -1).trim();
	return text;
}

function enclosesAll(text: string): boolean {
	let depth = 0;
	let quote: string | undefined;
	for (let i = 0; i < text.length; i++) {
		const char = text[i];
		if (quote) {
			if (char === quote) quote = undefined;
		} else if (char === "'" || char === '"') quote = char;
		else if (char === '(') depth++;
		else if (char === ')' && --depth === 0 && i < text.length - 1) return false;
	}
	return depth === 0;
}

const reference = String.raw`\$\{\s*([A-Za-z_][A-Za-z0-9_.-]*)\s*\}`;
const comparison = new RegExp(String.raw`^${reference}\s*(!=|=|>|<)\s*(.+)$`);
const selected = new RegExp(String.raw`^selected\(\s*${reference}\s*,\s*(.+)\)$`);
const lengthPositive = new RegExp(
	String.raw`^string-length\(\s*${reference}\s*\)\s*(?:>\s*0|!=\s*0|>=\s*1)$`
);

function condition(clause: string): Condition | undefined {
	const length = lengthPositive.exec(clause);
	if (length) return { question: length[1], operator: 'answered' };
	const choice = selected.exec(clause);
	if (choice) {
		const value = literal(choice[2]);
		return value === undefined ? undefined : { question: choice[1], operator: 'includes', value };
	}
	const compared = comparison.exec(clause);
	if (!compared) return undefined;
	const [, question, operator, right] = compared;
	const value = literal(right);
	if (value === undefined) return undefined;
	if (operator === '!=')
		return value === '' ? { question, operator: 'answered' } : { question, operator: 'not_equals', value };
	if (value === '') return undefined;
	if (operator === '=') return { question, operator: 'equals', value };
	return { question, operator: operator === '>' ? 'greater_than' : 'less_than', value };
}

/**
 * An XLSForm `relevant` as conditions that must all hold; `unsupported` when any part is not one of
 * the forms a survey can say (`=`, `!=`, `>`, `<` with a literal, `selected()`, answered), and then
 * no condition at all is kept: half a condition would ask the question of the wrong people.
 */
export function parseRelevant(expression: string): { conditions: Condition[] } | { unsupported: true } {
	const clauses = andClauses(expression.trim());
	if (!clauses) return { unsupported: true };
	const conditions = clauses.map(condition);
	return conditions.every((item) => item !== undefined)
		? { conditions: conditions as Condition[] }
		: { unsupported: true };
}

export function writeRelevant(conditions: readonly Condition[]): string {
	return conditions
		.map(({ question, operator, value = '' }) => {
			const ref = `\${${question}}`;
			switch (operator) {
				case 'answered':
					return `${ref} != ''`;
				case 'equals':
					return `${ref} = ${quote(value)}`;
				case 'not_equals':
					return `${ref} != ${quote(value)}`;
				case 'includes':
					return `selected(${ref}, ${quote(value)})`;
				case 'greater_than':
					return `${ref} > ${toNumber(value) === undefined ? quote(value) : value}`;
				case 'less_than':
					return `${ref} < ${toNumber(value) === undefined ? quote(value) : value}`;
			}
		})
		.join(' and ');
}

export type ConstraintRules = Pick<Constraint, 'min' | 'max' | 'minLength' | 'maxLength' | 'pattern'>;

/**
 * A whole-answer regular expression from XLSForm's `regex()`, which matches anywhere in the answer
 * unless anchored: `^…$` is taken as the whole answer; an unanchored pattern becomes "contains".
 * One the survey could not hold (see pattern.ts) is left out and reported.
 */
function wholePattern(pattern: string): string | undefined {
	const compiles = (source: string) => patternProblem(source) === undefined;
	if (!compiles(pattern)) return undefined;
	// What writeConstraint writes: ^(?:p)$ with p a pattern of its own.
	if (pattern.startsWith('^(?:') && pattern.endsWith(')$') && compiles(pattern.slice(4, -2)))
		return pattern.slice(4, -2);
	const anchoredStart = pattern.startsWith('^');
	const anchoredEnd = pattern.endsWith('$') && !pattern.endsWith('\\$');
	if (anchoredStart && anchoredEnd) {
		const inner = pattern.slice(1, -1);
		// `^a|b$` does not mean "a or b, whole": keep the alternation inside the anchors.
		return inner.includes('|') ? `(?:${pattern})` : inner;
	}
	return `[\\s\\S]*?(?:${pattern})[\\s\\S]*`;
}

const dotComparison = /^\.\s*(>=|<=|>|<)\s*(\S+)$/;
const lengthComparison = /^string-length\(\s*\.\s*\)\s*(>=|<=|>|<|=)\s*(\d+)$/;
const regexCall = /^regex\(\s*\.\s*,\s*('(?:[^']*)'|"(?:[^"]*)")\s*\)$/;

/**
 * An XLSForm `constraint` as rules: `. >= n`, `. <= n`, `. > n`, `. < n`, `string-length(.)`
 * compared with a whole number, `regex(., '…')`, joined by `and`. Each part it cannot say comes back
 * in `unsupported` and is left out; the rest still applies. A strict `>`/`<` on a number that may
 * have decimals becomes `>=`/`<=` (the survey's bounds are inclusive) and comes back in `approximated`.
 */
export function parseConstraint(
	expression: string,
	{ wholeNumbers }: { wholeNumbers: boolean }
): { rules: ConstraintRules; unsupported: string[]; approximated: string[] } {
	const clauses = andClauses(expression.trim());
	if (!clauses) return { rules: {}, unsupported: [expression.trim()], approximated: [] };
	const rules: ConstraintRules = {};
	const unsupported: string[] = [];
	const approximated: string[] = [];
	const raiseMin = (key: 'min' | 'minLength', value: number) => {
		rules[key] = rules[key] === undefined ? value : Math.max(rules[key], value);
	};
	const lowerMax = (key: 'max' | 'maxLength', value: number) => {
		rules[key] = rules[key] === undefined ? value : Math.min(rules[key], value);
	};
	for (const clause of clauses) {
		const dot = dotComparison.exec(clause);
		const bound = dot ? toNumber(dot[2]) : undefined;
		if (dot && bound !== undefined) {
			const [, operator] = dot;
			const strict = operator === '>' || operator === '<';
			const step = strict && wholeNumbers && Number.isInteger(bound) ? 1 : 0;
			if (strict && step === 0) approximated.push(clause);
			if (operator.startsWith('>')) raiseMin('min', bound + step);
			else lowerMax('max', bound - step);
			continue;
		}
		const length = lengthComparison.exec(clause);
		if (length) {
			const [, operator, digits] = length;
			const count = Number(digits);
			if (operator === '>=' || operator === '=') raiseMin('minLength', count);
			if (operator === '>') raiseMin('minLength', count + 1);
			if ((operator === '<=' || operator === '=') && count >= 1) lowerMax('maxLength', count);
			if (operator === '<' && count >= 2) lowerMax('maxLength', count - 1);
			if ((operator === '<' && count < 2) || ((operator === '<=' || operator === '=') && count < 1))
				unsupported.push(clause);
			continue;
		}
		const regex = regexCall.exec(clause);
		const pattern = regex ? wholePattern(regex[1].slice(1, -1)) : undefined;
		if (
			pattern !== undefined &&
			rules.pattern === undefined &&
			pattern.length <= 500 &&
			patternProblem(pattern) === undefined
		) {
			rules.pattern = pattern;
			continue;
		}
		unsupported.push(clause);
	}
	return { rules, unsupported, approximated };
}

export function writeConstraint(rules: ConstraintRules): string {
	const clauses: string[] = [];
	if (rules.min !== undefined) clauses.push(`. >= ${rules.min}`);
	if (rules.max !== undefined) clauses.push(`. <= ${rules.max}`);
	if (rules.minLength !== undefined) clauses.push(`string-length(.) >= ${rules.minLength}`);
	if (rules.maxLength !== undefined) clauses.push(`string-length(.) <= ${rules.maxLength}`);
	if (rules.pattern !== undefined) clauses.push(`regex(., ${quote(`^(?:${rules.pattern})$`)})`);
	return clauses.join(' and ');
}
