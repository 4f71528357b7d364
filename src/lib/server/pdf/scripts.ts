// The writing systems MHub's PDFs draw, each with a font of its own (fonts.ts): every script of the
// content-language catalogue. A line is cut into runs of one script, because the shaper (fontkit)
// shapes a run by the script of its first letter: Devanagari's conjuncts or Arabic's joined letters
// come out right only in a run of their own.

/** Unicode's name of each script that has a font of its own; Latin, Cyrillic and Greek share one. */
const unicodeNames = {
	arabic: 'Arabic',
	hebrew: 'Hebrew',
	ethiopic: 'Ethiopic',
	armenian: 'Armenian',
	georgian: 'Georgian',
	devanagari: 'Devanagari',
	bengali: 'Bengali',
	gurmukhi: 'Gurmukhi',
	tamil: 'Tamil',
	sinhala: 'Sinhala',
	tifinagh: 'Tifinagh',
	han: 'Han'
} as const;

/** Which font family draws a run: `latin` draws Latin, Cyrillic, Greek and whatever has no script. */
export type Script = 'latin' | keyof typeof unicodeNames;

const special = Object.keys(unicodeNames) as Exclude<Script, 'latin'>[];

const pattern = (property: string, extra = '') =>
	Object.fromEntries(
		special.map((script) => [script, new RegExp(`[\\p{${property}=${unicodeNames[script]}}${extra}]`, 'u')])
	) as Record<Exclude<Script, 'latin'>, RegExp>;

/** Characters of each script; Arabic's also takes the punctuation and digits of the Arabic blocks. */
const ownLetters = pattern('Script');
ownLetters.arabic = /[\u0600-\u06FF\u0750-\u077F\u0870-\u08FF\uFB50-\uFDFF\uFE70-\uFEFF]/u;
// Chinese punctuation and full-width forms belong to no script but are drawn by the Han font; so are
// the arrows and the signs ≤ ≥, which Noto Sans lacks ("pre-test → post-test", "n ≤ 20").
ownLetters.han = /[\p{Script=Han}\u3000-\u303F\uFF00-\uFFEF\u2190-\u21FF\u2264\u2265]/u;

/** Characters a script shares with others (the Indic danda, Arabic's comma) that its font draws. */
const sharedLetters = pattern('Script_Extensions');

/**
 * Characters that go with whatever precedes them: spaces, combining marks, joiners (Sinhala's
 * ZWJ) and the second half of a surrogate pair.
 */
const joining = /[\s\p{Script=Inherited}\uDC00-\uDFFF]/u;

/** The script whose font draws a character that starts a run. */
export function scriptOf(char: string): Script {
	return special.find((script) => ownLetters[script].test(char)) ?? 'latin';
}

/** Whether a character may go on in a run of `script` (drawn by the same font, shaped with it). */
export function continues(char: string, script: Script): boolean {
	if (joining.test(char)) return true;
	if (script === 'latin') return scriptOf(char) === 'latin';
	return ownLetters[script].test(char) || sharedLetters[script].test(char);
}

/** Scripts fontkit lays out from right to left by itself. */
export const shapedRightToLeft = /[\p{Script=Arabic}\p{Script=Hebrew}]/u;

/** Characters no font of MHub's has, and the look-alike drawn in their place (Hake's ⟨g⟩). */
const standIns: Record<string, string> = { '⟨': '〈', '⟩': '〉' };

/** The text with each character no font has replaced by its look-alike. */
export const withStandIns = (text: string): string => text.replace(/[⟨⟩]/g, (char) => standIns[char]);
