// A question's pattern (set in the builder, or an XLSForm's `regex()`) is run by RE2 (re2js, pure
// JavaScript), whose time grows with the answer's length whatever the pattern: with JavaScript's own
// engine, `^([A-Za-z]+ ?)+$` kept the server busy for 6 s on a 29-character answer. Patterns are
// written in JavaScript's syntax; what RE2 cannot run (back-references, look-around, repeat counts
// over 1,000) is refused when the survey is saved, so the builder, the respondent's submission and
// the XLSForm import accept the same patterns and match the same answers. Server only: pages take
// the question kinds from question-types.ts and never load this engine.
import { RE2JS } from 're2js';

/** Answers longer than this are refused as too long rather than matched against a pattern. */
export const patternAnswerLimit = 1_000;

export type PatternProblem = 'invalid_pattern' | 'unsupported_pattern';

const compiles = (source: string, flags: string) => {
	try {
		new RegExp(source, flags);
		return true;
	} catch {
		return false;
	}
};

const compile = (source: string) => RE2JS.compile(RE2JS.translateRegExp(source));

/**
 * Why a pattern cannot be used: not a JavaScript regular expression at all, or one RE2 cannot run;
 * undefined when it can be used.
 */
export function patternProblem(source: string): PatternProblem | undefined {
	if (!compiles(source, 'u') && !compiles(source, '')) return 'invalid_pattern';
	try {
		compile(source);
		return undefined;
	} catch {
		return 'unsupported_pattern';
	}
}

/**
 * Whether the whole answer matches the pattern. A pattern RE2 cannot run (saved before patterns were
 * checked for it) checks nothing, rather than refusing every answer or failing the submission; the
 * builder asks for it to be rewritten when the survey is next saved.
 */
export function matchesWhole(pattern: string, answer: string): boolean {
	let compiled: RE2JS;
	try {
		compiled = compile(pattern);
	} catch {
		return true;
	}
	return compiled.testExact(answer);
}
