// Certificate verification codes: short enough to type from paper, hard to guess, and forgiving of
// the usual misreadings (O for 0, I or L for 1, lower case, spaces and dashes).
import { randomInt } from 'node:crypto';

/** Crockford's base 32: no I, L, O or U. */
const alphabet = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
const groups = 3;
const groupLength = 4;

/** A new code like "7K2Q-M9XD-4TPB" (60 random bits). */
export function newCertificateCode(): string {
	const chars = Array.from({ length: groups * groupLength }, () => alphabet[randomInt(alphabet.length)]);
	return Array.from({ length: groups }, (_, g) =>
		chars.slice(g * groupLength, (g + 1) * groupLength).join('')
	).join('-');
}

/** A code as typed or scanned, in its stored form; undefined when it cannot be a code. */
export function normaliseCertificateCode(input: string): string | undefined {
	const compact = input.toUpperCase().replace(/[\s-]/g, '').replace(/O/g, '0').replace(/[IL]/g, '1');
	if (compact.length !== groups * groupLength || [...compact].some((char) => !alphabet.includes(char)))
		return undefined;
	return compact.match(new RegExp(`.{${groupLength}}`, 'g'))!.join('-');
}
