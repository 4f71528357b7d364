import { describe, expect, it } from 'vitest';
import { GrantSchema } from './schemas.js';
import { grantFieldErrors, grantInput } from './grant-form.js';
import { grantText, scopeNames } from './labels.js';

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

	it('turns "one programme" and the chosen programme into a programme scope, refused beside it when missing', () => {
		const programmeId = '3f2b8c1e-6d4a-4b7e-9a1c-2e5f8d7b6a90';
		expect(GrantSchema.parse(grantInput({ role: 'trainer', scopeKind: 'programme', programmeId }))).toEqual({
			role: 'trainer',
			scope: { kind: 'programme', programmeId }
		});
		const refused = GrantSchema.safeParse(
			grantInput({ role: 'trainer', scopeKind: 'programme', programmeId: '' })
		);
		const fields = Object.fromEntries(
			refused.error!.issues.map((issue) => [issue.path.join('.'), [issue.message]])
		);
		expect(grantFieldErrors(fields)).toEqual({ programmeId: ['invalid_programme'] });
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
				{ country: (code) => names[code] }
			)
		).toBe('Country focal point · Greece, Malta');
		const programmeId = '3f2b8c1e-6d4a-4b7e-9a1c-2e5f8d7b6a90';
		expect(grantText({ role: 'programme_coordinator', scope: { kind: 'programme', programmeId } })).toBe(
			'Programme coordinator · One programme'
		);
		expect(
			grantText(
				{ role: 'programme_coordinator', scope: { kind: 'programme', programmeId } },
				scopeNames({ countries: [], programmes: [{ id: programmeId, name: 'MIG-H' }] })
			)
		).toBe('Programme coordinator · MIG-H');
	});
});
