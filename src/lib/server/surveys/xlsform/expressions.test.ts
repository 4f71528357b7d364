import { describe, expect, it } from 'vitest';
import { andClauses, parseConstraint, parseRelevant, writeConstraint, writeRelevant } from './expressions.js';

describe('andClauses', () => {
	it('splits on and outside quotes and parentheses, and refuses or', () => {
		expect(andClauses("${a} = 'x and y' and (${b} > 2) and selected(${c}, 'or')")).toEqual([
			"${a} = 'x and y'",
			'${b} > 2',
			"selected(${c}, 'or')"
		]);
		expect(andClauses("(${a} = 'x' and ${b} = 'y') and ${c} != ''")).toEqual([
			"${a} = 'x'",
			"${b} = 'y'",
			"${c} != ''"
		]);
		expect(andClauses("${a} = 'x' or ${b} = 'y'")).toBeUndefined();
		expect(andClauses("(${a} = 'x' or ${b} = 'y')")).toBeUndefined();
		expect(andClauses("${a} = 'x' AND ${b} = 'y'")).toEqual(["${a} = 'x'", "${b} = 'y'"]);
	});
});

describe('parseRelevant', () => {
	it('reads the common forms', () => {
		expect(
			parseRelevant(
				"${works} = 'yes' and ${role} != \"doctor\" and selected(${topics}, 'b') and ${age} > 18 and ${age} < 65.5 and string-length(${notes}) > 0 and ${mail} != '' and ${n} = 3"
			)
		).toEqual({
			conditions: [
				{ question: 'works', operator: 'equals', value: 'yes' },
				{ question: 'role', operator: 'not_equals', value: 'doctor' },
				{ question: 'topics', operator: 'includes', value: 'b' },
				{ question: 'age', operator: 'greater_than', value: '18' },
				{ question: 'age', operator: 'less_than', value: '65.5' },
				{ question: 'notes', operator: 'answered' },
				{ question: 'mail', operator: 'answered' },
				{ question: 'n', operator: 'equals', value: '3' }
			]
		});
	});

	it('refuses the whole expression when a part is not one of them', () => {
		for (const expression of [
			"${a} = 'x' or ${b} = 'y'",
			"not(selected(${a}, 'x'))",
			"${a} = 'x' and count-selected(${b}) > 1",
			'${a} >= 3',
			'${a} = ${b}',
			"${a} = ''",
			'today() > ${a}'
		])
			expect(parseRelevant(expression), expression).toEqual({ unsupported: true });
	});

	it('reads back what it writes', () => {
		const conditions = [
			{ question: 'a', operator: 'equals' as const, value: "l'eau" },
			{ question: 'b', operator: 'greater_than' as const, value: '2024-01-01' },
			{ question: 'c', operator: 'less_than' as const, value: '-3' },
			{ question: 'd', operator: 'answered' as const },
			{ question: 'e', operator: 'includes' as const, value: 'x and y' }
		];
		expect(writeRelevant(conditions)).toBe(
			`\${a} = "l'eau" and \${b} > '2024-01-01' and \${c} < -3 and \${d} != '' and selected(\${e}, 'x and y')`
		);
		expect(parseRelevant(writeRelevant(conditions))).toEqual({ conditions });
	});
});

describe('parseConstraint', () => {
	it('reads bounds, lengths and patterns, each part on its own', () => {
		expect(
			parseConstraint(". >= 18 and . <= 99 and string-length(.) <= 3 and regex(., '^[0-9]{2,3}$')", {
				wholeNumbers: true
			})
		).toEqual({
			rules: { min: 18, max: 99, maxLength: 3, pattern: '[0-9]{2,3}' },
			unsupported: [],
			approximated: []
		});
	});

	it('turns strict bounds on whole numbers into inclusive ones, and says so for decimals', () => {
		expect(parseConstraint('. > 0 and . < 10', { wholeNumbers: true })).toEqual({
			rules: { min: 1, max: 9 },
			unsupported: [],
			approximated: []
		});
		expect(parseConstraint('. > 0', { wholeNumbers: false })).toEqual({
			rules: { min: 0 },
			unsupported: [],
			approximated: ['. > 0']
		});
	});

	it('keeps the parts it can say and hands back the others', () => {
		expect(parseConstraint('. >= 1 and . != 7 and string-length(.) > 2', { wholeNumbers: true })).toEqual({
			rules: { min: 1, minLength: 3 },
			unsupported: ['. != 7'],
			approximated: []
		});
		expect(parseConstraint('. < 3 or . > 8', { wholeNumbers: true }).unsupported).toEqual(['. < 3 or . > 8']);
	});

	it('reads an unanchored regex as "contains", since XLSForm matches anywhere', () => {
		const { rules } = parseConstraint("regex(., '[0-9]')", { wholeNumbers: false });
		const whole = new RegExp(`^(?:${rules.pattern})$`);
		expect(whole.test('ab1c')).toBe(true);
		expect(whole.test('abc')).toBe(false);
	});

	it('hands back a regex the survey could not check safely (back-references, look-around)', () => {
		for (const clause of ["regex(., '^(\\w)\\1$')", "regex(., '^(?=.*[0-9]).{8,}$')", "regex(., '(?<!x)y')"])
			expect(parseConstraint(clause, { wholeNumbers: false })).toEqual({
				rules: {},
				unsupported: [clause],
				approximated: []
			});
	});

	it('reads back what it writes', () => {
		const rules = { min: -2.5, max: 1e21, minLength: 1, maxLength: 40, pattern: "[a-z']+|x" };
		expect(parseConstraint(writeConstraint(rules), { wholeNumbers: false })).toEqual({
			rules,
			unsupported: [],
			approximated: []
		});
	});
});
