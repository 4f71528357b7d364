import { describe, expect, it } from 'vitest';
import type { Question } from '../surveys/definition.js';
import {
	answerText,
	expertDraft,
	formatIn,
	guessExpertQuestions,
	guessPackageQuestions,
	hoursIn,
	languagesIn,
	packageDraft
} from './answer-mapping.js';

const question = (
	name: string,
	type: Question['type'] = 'short_text',
	extra: Partial<Question> = {}
): Question => ({
	name,
	type,
	label: { en: name },
	required: false,
	choices: [],
	allowOther: false,
	rows: [],
	showIf: [],
	...extra
});

const questions = [
	question('respondent_role', 'single_choice', { choices: [{ value: 'ngo', label: { en: 'NGO' } }] }),
	question('package_title'),
	question('title_of_your_job'),
	question('package_provider'),
	question('url'),
	question('languages', 'multiple_choice', { choices: [{ value: 'en', label: { en: 'English' } }] }),
	question('duration'),
	question('full_name'),
	question('contact_email', 'email'),
	question('country', 'country'),
	question('consent_to_contact', 'yes_no')
];

describe('which question holds which field', () => {
	it('prefers the usual name over a name that merely contains the word', () => {
		expect(guessPackageQuestions(questions)).toEqual({
			title: 'package_title',
			provider: 'package_provider',
			link: 'url',
			languages: 'languages',
			durationHours: 'duration'
		});
	});

	it('finds the consent among yes/no questions only', () => {
		expect(guessExpertQuestions(questions)).toEqual({
			consent: 'consent_to_contact',
			fullName: 'full_name',
			email: 'contact_email',
			country: 'country',
			languages: 'languages'
		});
	});
});

describe('answers as field values', () => {
	it('reads languages as codes or names in English and French', () => {
		expect(languagesIn('English, arabe; fr')).toEqual(['ar', 'en', 'fr']);
		expect(languagesIn(['el', 'xx'])).toEqual(['el']);
		expect(languagesIn(undefined)).toEqual([]);
	});

	it('reads hours from a number or a text', () => {
		expect(hoursIn(16)).toBe(16);
		expect(hoursIn('about 12 hours')).toBe(12);
		expect(hoursIn('1,5 h')).toBe(2);
		expect(hoursIn('two days')).toBeUndefined();
	});

	it('names the format from the usual words', () => {
		expect(formatIn('E-learning')).toBe('online');
		expect(formatIn('hybrid (online and classroom)')).toBe('blended');
		expect(formatIn('In person')).toBe('face_to_face');
		expect(formatIn('self_study')).toBe('self_study');
		expect(formatIn('')).toBeUndefined();
	});

	it('shows a choice by its English label', () => {
		expect(answerText(questions[0], 'ngo')).toBe('NGO');
		expect(answerText(questions[0], ['ngo', 'other'])).toBe('NGO, other');
		expect(answerText(undefined, '  ')).toBeUndefined();
	});

	it('fills a package form from the chosen questions', () => {
		const answers = {
			package_title: 'MEM-TP',
			url: 'https://example.org',
			languages: ['en'],
			duration: '16 hours'
		};
		expect(
			packageDraft(questions, answers, {
				title: 'package_title',
				link: 'url',
				languages: 'languages',
				durationHours: 'duration'
			})
		).toEqual({
			title: 'MEM-TP',
			provider: '',
			link: 'https://example.org',
			languages: ['en'],
			durationHours: '16',
			format: '',
			topics: [],
			audiences: []
		});
	});

	it("fills an expert form, the country falling back to the response's", () => {
		const answers = {
			full_name: 'Karim Benali',
			contact_email: 'karim@example.org',
			consent_to_contact: 'yes'
		};
		const chosen = {
			consent: 'consent_to_contact',
			fullName: 'full_name',
			email: 'contact_email',
			country: 'country'
		};
		expect(expertDraft(questions, answers, chosen, 'GR')).toMatchObject({
			consentQuestion: 'consent_to_contact',
			fullName: 'Karim Benali',
			email: 'karim@example.org',
			countryCodes: ['GR']
		});
		expect(expertDraft(questions, { ...answers, country: 'mt' }, chosen, 'GR').countryCodes).toEqual(['MT']);
	});
});
