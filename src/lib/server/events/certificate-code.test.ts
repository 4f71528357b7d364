import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { newCertificateCode, normaliseCertificateCode } from './certificate-code.js';

describe('certificate codes', () => {
	it('look like three groups of four unambiguous characters', () => {
		for (let i = 0; i < 50; i++)
			expect(newCertificateCode()).toMatch(/^[0-9A-HJKMNP-TV-Z]{4}(-[0-9A-HJKMNP-TV-Z]{4}){2}$/);
	});

	it('forgive case, spaces, dashes and the usual misreadings', () => {
		expect(normaliseCertificateCode(' 7k2q m9xd 4tpb ')).toBe('7K2Q-M9XD-4TPB');
		expect(normaliseCertificateCode('O0IL-ABCD-EFGH')).toBe('0011-ABCD-EFGH');
	});

	it('refuse what cannot be a code', () => {
		expect(normaliseCertificateCode('')).toBeUndefined();
		expect(normaliseCertificateCode('7K2Q-M9XD')).toBeUndefined();
		expect(normaliseCertificateCode('7K2Q-M9XD-4TPU')).toBeUndefined();
		expect(normaliseCertificateCode('7K2Q-M9XD-4TP!')).toBeUndefined();
	});

	it('read back every code they make (property)', () => {
		fc.assert(
			fc.property(fc.constant(null), () => {
				const code = newCertificateCode();
				expect(normaliseCertificateCode(code.toLowerCase().replaceAll('-', ' '))).toBe(code);
			})
		);
	});
});
