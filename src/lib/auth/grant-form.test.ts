import { describe, expect, it } from 'vitest';
import { GrantSchema } from './schemas.js';
import { grantFieldErrors, grantInput } from './grant-form.js';
import { grantText } from './labels.js';

describe('the role form', () => {
	it('turns "some countries" and the chosen countries into a countries scope', () => {
		const input = grantInput({
			role: 'country_focal_point',
			scopeKind: 'countries',
			countryCodes: ['GR', 'MT']
		});
		expect(GrantSchema.parse(input)).toEqual({
			role: 'country_focal_point',
			scope: { kind: 'countries', countryCodes: ['GR', 'MT'] }
		});
	});

	it('turns "everywhere" into the platform scope and ignores countries left selected', () => {
		const input = grantInput({ role: 'trainer', scopeKind: 'platform', countryCodes: ['GR'] });
		expect(GrantSchema.parse(input)).toEqual({ role: 'trainer', scope: { kind: 'platform' } });
	});

	it('refuses "some countries" with none chosen, and an unknown role', () => {
		const result = GrantSchema.safeParse(
			grantInput({ role: 'king', scopeKind: 'countries', countryCodes: [] })
		);
		expect(result.success).toBe(false);
		const paths = result.error?.issues.map((issue) => [issue.path.join('.'), issue.message]);
		expect(paths).toEqual(
			expect.arrayContaining([
				['role', 'choose_a_role'],
				['scope.countryCodes', 'choose_a_country']
			])
		);
	});

	it('shows scope problems beside the country list', () => {
		expect(
			grantFieldErrors({
				role: ['choose_a_role'],
				scope: ['focal_point_needs_countries'],
				'scope.countryCodes': ['invalid_country']
			})
		).toEqual({ role: ['choose_a_role'], countryCodes: ['focal_point_needs_countries', 'invalid_country'] });
	});
});

describe('a grant as text', () => {
	it('names the role and where it applies', () => {
		expect(grantText({ role: 'administrator', scope: { kind: 'platform' } })).toBe(
			'Administrator · Everywhere'
		);
		const names: Record<string, string> = { GR: 'Greece', MT: 'Malta' };
		expect(
			grantText(
				{ role: 'country_focal_point', scope: { kind: 'countries', countryCodes: ['GR', 'MT'] } },
				(code) => names[code]
			)
		).toBe('Country focal point · Greece, Malta');
	});
});
