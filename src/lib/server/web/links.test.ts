import { afterEach, describe, expect, it, vi } from 'vitest';
import { config } from '../config.js';
import { absoluteLink } from './links.js';

afterEach(() => vi.unstubAllEnvs());

describe('absoluteLink', () => {
	it('uses the configured public address', () => {
		vi.stubEnv('MHUB_PUBLIC_URL', 'https://mhub.example.org/');
		expect(absoluteLink('/reset-password?token=abc')).toBe(
			'https://mhub.example.org/reset-password?token=abc'
		);
	});

	it('without one, uses the address MHub listens on, with its real port', () => {
		vi.stubEnv('MHUB_PUBLIC_URL', '');
		vi.stubEnv('HOST', '0.0.0.0');
		vi.stubEnv('PORT', '41234');
		expect(absoluteLink('/invitation?token=abc')).toBe('http://localhost:41234/invitation?token=abc');
		vi.stubEnv('HOST', '192.168.1.20');
		expect(absoluteLink('/s/abc')).toBe('http://192.168.1.20:41234/s/abc');
		vi.stubEnv('HOST', 'fd00::20');
		expect(absoluteLink('/s/abc')).toBe('http://[fd00::20]:41234/s/abc');
	});

	it('stays on MHub whatever path it is given', () => {
		vi.stubEnv('MHUB_PUBLIC_URL', 'https://mhub.example.org');
		expect(new URL(absoluteLink('/s/%2F%2Fevil.example')).origin).toBe('https://mhub.example.org');
	});
});

describe('MHUB_PUBLIC_URL', () => {
	it.each([
		['mhub.example.org', 'not a web address'],
		['ftp://mhub.example.org', 'not http or https'],
		['javascript:alert(1)', 'not http or https'],
		['https://mhub.example.org/app', 'without a path'],
		['https://user:secret@mhub.example.org', 'without a path'],
		['https://mhub.example.org/?x=1', 'without a path']
	])('refuses %j with a sentence saying what is wrong', (value, problem) => {
		vi.stubEnv('MHUB_PUBLIC_URL', value);
		expect(() => config.publicUrl).toThrow(problem);
		expect(() => config.publicUrl).toThrow('like https://mhub.example.org');
	});
});
