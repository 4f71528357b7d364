import { describe, expect, it } from 'vitest';
import type { EvaluationLetter } from '../server/evaluation/mailings.js';
import { evaluationMail } from './mail.js';

const compose = evaluationMail((path) => `https://mhub.example.org${path}`);
const letter: EvaluationLetter = {
	kind: 'opening',
	locale: 'en',
	eventTitle: { en: 'MIG-H pilot, Athens', fr: 'Pilote MIG-H, Athènes' },
	phase: 'pre',
	offsetDays: 0,
	anonymous: false,
	closesAt: new Date('2026-05-03T14:00:00Z'),
	timeZone: 'Europe/Athens',
	path: '/t/abc'
};

describe('the evaluation plan’s mail', () => {
	it('says which phase opens, until when on the venue’s clocks, with the absolute personal link', () => {
		const mail = compose(letter);
		expect(mail.subject).toBe('“MIG-H pilot, Athens”: the pre-test is open');
		expect(mail.text).toContain('open until May 3, 2026 at 17:00 (Europe/Athens)');
		expect(mail.text).toContain('\nhttps://mhub.example.org/t/abc\n');
		expect(mail.text).not.toContain('without your name');
	});

	it('reminds in the reader’s language, with the event’s title in it, and says when answers are anonymous', () => {
		const mail = compose({
			...letter,
			kind: 'reminder',
			locale: 'fr',
			phase: 'satisfaction',
			anonymous: true
		});
		expect(mail.subject).toBe(
			'Rappel : le questionnaire de satisfaction de « Pilote MIG-H, Athènes » se termine bientôt'
		);
		expect(mail.text).toContain('se termine le 3 mai 2026 à 17:00 (Europe/Athens)');
		expect(mail.text).toContain('conservées sans votre nom');
	});

	it('names a follow-up by its day', () => {
		expect(compose({ ...letter, locale: 'ar', phase: 'follow_up', offsetDays: 180 }).subject).toContain(
			'استبيان المتابعة بعد 180 يومًا'
		);
	});
});
