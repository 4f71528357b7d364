import { describe, expect, it } from 'vitest';
import { parseInput } from '../server/validate.js';
import {
	LinkMaterialSchema,
	MoveSchema,
	PackageCreateSchema,
	PackageUpdateSchema,
	PublishSchema,
	SessionCreateSchema,
	SessionUpdateSchema
} from './schemas.js';

const refusal = (fields: Record<string, string[]>) => expect.objectContaining({ code: 'invalid', fields });

const session = {
	title: { en: 'Tuberculosis and migration' },
	durationMinutes: '90',
	editions: ['trainer', 'trainee']
};

describe('package input', () => {
	it('keeps the languages written and the audiences chosen, in a stable order', () => {
		expect(
			parseInput(PackageCreateSchema, {
				title: { en: ' Migrant health ', fr: '', ar: 'صحة المهاجرين' },
				audiences: ['trainers', 'health_professionals', 'trainers']
			})
		).toEqual({
			title: { en: 'Migrant health', ar: 'صحة المهاجرين' },
			audiences: ['health_professionals', 'trainers']
		});
	});

	it('refuses a package without a title in any language, and an unknown audience', () => {
		expect(() => parseInput(PackageCreateSchema, { title: { en: ' ' }, audiences: ['pilots'] })).toThrow(
			refusal({ title: ['localized_required'], 'audiences.0': ['invalid_choice'] })
		);
	});
});

describe('session input', () => {
	it('reads the duration from a form field and drops blank languages of each objective', () => {
		const parsed = parseInput(SessionCreateSchema, {
			...session,
			objectives: [{ en: 'Describe the burden of TB', fr: 'Décrire le poids de la tuberculose', ar: '' }],
			methods: ['lecture', 'case_study']
		});
		expect(parsed).toMatchObject({
			durationMinutes: 90,
			objectives: [{ en: 'Describe the burden of TB', fr: 'Décrire le poids de la tuberculose' }],
			methods: ['case_study', 'lecture']
		});
	});

	it('refuses durations under five minutes, over a day or not whole', () => {
		for (const durationMinutes of ['0', '4', '1441', '12.5', 'an hour', ''])
			expect(() => parseInput(SessionCreateSchema, { ...session, durationMinutes })).toThrow(
				refusal({ durationMinutes: [expect.stringMatching(/invalid_duration|required/)] })
			);
	});

	it('refuses a session in no edition, and an objective written in no language', () => {
		expect(() =>
			parseInput(SessionCreateSchema, { ...session, editions: [], objectives: [{ en: '', fr: ' ' }] })
		).toThrow(refusal({ editions: ['choose_an_edition'], 'objectives.0': ['localized_required'] }));
	});
});

describe('link input', () => {
	it('takes web addresses and nothing else', () => {
		expect(parseInput(LinkMaterialSchema, { title: { en: 'Video' }, url: 'https://example.org/v' }).url).toBe(
			'https://example.org/v'
		);
		for (const url of ['javascript:alert(1)', 'ftp://example.org/file', 'file:///etc/passwd', 'example'])
			expect(() => parseInput(LinkMaterialSchema, { title: { en: 'Video' }, url })).toThrow(
				refusal({ url: ['invalid_url'] })
			);
	});
});

describe('moves and publishing', () => {
	it('take a place counting from one', () => {
		expect(parseInput(MoveSchema, { position: '2' })).toEqual({ position: 2 });
		expect(() => parseInput(MoveSchema, { position: '0' })).toThrow(
			refusal({ position: ['invalid_position'] })
		);
	});

	it('keep a note of at most a thousand characters', () => {
		expect(parseInput(PublishSchema, { note: '  ' })).toEqual({ note: null });
		expect(() => parseInput(PublishSchema, { note: 'x'.repeat(1001) })).toThrow(
			refusal({ note: ['too_long'] })
		);
	});
});

describe('updates', () => {
	it('leave out what they do not name, lists included', () => {
		expect(parseInput(SessionUpdateSchema, { durationMinutes: '45' })).toEqual({ durationMinutes: 45 });
		expect(parseInput(PackageUpdateSchema, { title: { en: 'Renamed' } })).toEqual({
			title: { en: 'Renamed' }
		});
	});
});
