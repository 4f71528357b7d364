import { describe, expect, it } from 'vitest';
import { userWith } from '../testing/policy-matrix.js';
import { publicActor } from './actor.js';
import { authorize, can } from './authorize.js';

const administrator = userWith({ role: 'administrator', scope: { kind: 'platform' } });
const greekFocalPoint = userWith({
	role: 'country_focal_point',
	scope: { kind: 'countries', countryCodes: ['GR'] }
});
const maltese = { kind: 'organisation', countryCode: 'MT' } as const;

describe('can', () => {
	it("asks the rule of the thing's kind, with the thing", () => {
		expect(can(administrator, 'edit', maltese)).toBe(true);
		expect(can(greekFocalPoint, 'edit', maltese)).toBe(false);
		expect(can(greekFocalPoint, 'edit', { kind: 'organisation', countryCode: 'GR' })).toBe(true);
	});

	it('asks the rule of a kind in general, given the kind', () => {
		expect(can(greekFocalPoint, 'list', 'organisation')).toBe(true);
		expect(can(greekFocalPoint, 'manage', 'account')).toBe(false);
		expect(can(administrator, 'manage', 'account')).toBe(true);
	});
});

describe('authorize', () => {
	it('passes what the actor may do', () => {
		expect(() => authorize(administrator, 'edit', maltese)).not.toThrow();
	});

	it('asks the public to sign in and tells a user they are not allowed', () => {
		expect(() => authorize(publicActor, 'list', 'person')).toThrow(
			expect.objectContaining({ code: 'unauthenticated', message: 'sign in to list any person' })
		);
		expect(() => authorize(greekFocalPoint, 'edit', maltese)).toThrow(
			expect.objectContaining({ code: 'forbidden', message: 'not allowed to edit this organisation' })
		);
		expect(() => authorize(greekFocalPoint, 'read', 'mail')).toThrow(
			expect.objectContaining({ code: 'forbidden', message: 'not allowed to read any mail' })
		);
	});

	it("names the fields a user's refusal is about, so the form says it beside them", () => {
		const fields = { countryCode: ['country_outside_scope'] };
		expect(() => authorize(greekFocalPoint, 'edit', maltese, fields)).toThrow(
			expect.objectContaining({ code: 'forbidden', fields })
		);
		expect(() => authorize(publicActor, 'edit', maltese, fields)).toThrow(
			expect.objectContaining({ code: 'unauthenticated', fields: undefined })
		);
	});
});
