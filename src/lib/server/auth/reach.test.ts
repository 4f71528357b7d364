import { describe, expect, it } from 'vitest';
import { userWith } from '../testing/policy-matrix.js';
import fc from 'fast-check';
import { publicActor, roles, type Role, type Scope } from './actor.js';
import {
	programmeReachOf,
	reachOf,
	reaches,
	reachesProgramme,
	type Reach,
	type ReachRules
} from './reach.js';

const platform: Scope = { kind: 'platform' };
const countries = (...countryCodes: string[]): Scope => ({ kind: 'countries', countryCodes });
const programme: Scope = { kind: 'programme', programmeId: '00000000-0000-0000-0000-000000000001' };

const rules: ReachRules = { administrator: 'all', country_focal_point: 'scoped', trainer: 'scoped' };

describe('reachOf', () => {
	it('gives the public no reach', () => {
		expect(reachOf(publicActor, rules)).toEqual({ kind: 'none' });
	});

	it('gives roles the rules do not name no reach', () => {
		expect(reachOf(userWith({ role: 'participant', scope: platform }), rules)).toEqual({ kind: 'none' });
	});

	it("reaches everything for an 'all' role, whatever its scope", () => {
		expect(reachOf(userWith({ role: 'administrator', scope: platform }), rules)).toEqual({ kind: 'all' });
	});

	it('reaches the union of the countries of scoped grants', () => {
		const actor = userWith(
			{ role: 'country_focal_point', scope: countries('GR') },
			{ role: 'trainer', scope: countries('MT', 'GR') },
			{ role: 'participant', scope: countries('FR') }
		);
		expect(reachOf(actor, rules)).toEqual({ kind: 'countries', countryCodes: ['GR', 'MT'] });
	});

	it('reaches everything through a platform-wide scoped grant', () => {
		expect(reachOf(userWith({ role: 'trainer', scope: platform }), rules)).toEqual({ kind: 'all' });
	});

	it('gives no country reach through a programme-scoped grant', () => {
		expect(reachOf(userWith({ role: 'trainer', scope: programme }), rules)).toEqual({ kind: 'none' });
	});
});

describe('reaches', () => {
	it('covers a record when any of its countries is reached', () => {
		const reach: Reach = { kind: 'countries', countryCodes: ['GR'] };
		expect(reaches(reach, ['GR'])).toBe(true);
		expect(reaches(reach, ['MT', 'GR'])).toBe(true);
		expect(reaches(reach, ['MT'])).toBe(false);
		expect(reaches(reach, [])).toBe(false);
		expect(reaches({ kind: 'all' }, [])).toBe(true);
		expect(reaches({ kind: 'none' }, ['GR'])).toBe(false);
	});

	it('never lets a countries grant reach a country outside it (property)', () => {
		const code = fc.constantFrom('GR', 'MT', 'FR', 'IT', 'MA', 'TN');
		fc.assert(
			fc.property(
				fc.array(code, { minLength: 1 }),
				code,
				fc.constantFrom<Role>(...roles),
				(granted, asked, role) => {
					const reach = reachOf(userWith({ role, scope: countries(...granted) }), { [role]: 'scoped' });
					return reaches(reach, [asked]) === granted.includes(asked);
				}
			)
		);
	});
});

describe('programmeReachOf', () => {
	const other: Scope = { kind: 'programme', programmeId: '00000000-0000-0000-0000-000000000002' };
	const coordinators = ['administrator', 'programme_coordinator'] as const;

	it('reaches every programme through a platform grant of a named role', () => {
		expect(
			programmeReachOf(userWith({ role: 'programme_coordinator', scope: platform }), coordinators)
		).toEqual({
			kind: 'all'
		});
	});

	it('reaches the programmes of programme grants, and nothing through countries or other roles', () => {
		const actor = userWith(
			{ role: 'programme_coordinator', scope: other },
			{ role: 'programme_coordinator', scope: programme },
			{ role: 'country_focal_point', scope: countries('GR') },
			{ role: 'trainer', scope: platform }
		);
		const reach = programmeReachOf(actor, coordinators);
		expect(reach).toEqual({
			kind: 'programmes',
			programmeIds: ['00000000-0000-0000-0000-000000000001', '00000000-0000-0000-0000-000000000002']
		});
		expect(reachesProgramme(reach, '00000000-0000-0000-0000-000000000002')).toBe(true);
		expect(reachesProgramme(reach, '00000000-0000-0000-0000-000000000003')).toBe(false);
		expect(reachesProgramme(reach, null)).toBe(false);
		expect(
			programmeReachOf(userWith({ role: 'country_focal_point', scope: countries('GR') }), coordinators)
		).toEqual({
			kind: 'none'
		});
		expect(programmeReachOf(publicActor, coordinators)).toEqual({ kind: 'none' });
	});

	it('lets an all-programmes reach cover records of no programme too', () => {
		expect(reachesProgramme({ kind: 'all' }, null)).toBe(true);
		expect(reachesProgramme({ kind: 'none' }, null)).toBe(false);
	});
});
